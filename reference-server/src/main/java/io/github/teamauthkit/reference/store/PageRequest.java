package io.github.teamauthkit.reference.store;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * Which page of a keyset-ordered list to read: items strictly after a position in the order, at
 * most {@code limit} of them. Keyset, not OFFSET: an insert or delete elsewhere in the list moves no
 * item across a page boundary, so a walk sees every item that existed throughout exactly once.
 *
 * @param ascending whether the order is oldest first
 * @param after     the last item of the previous page, or null for the first page
 * @param limit     the page size
 */
public record PageRequest(boolean ascending, Position after, int limit) {

    /**
     * An item's place in the order: its time, then its id to break ties.
     *
     * @param time the ordering time
     * @param id   the item's id within its team
     */
    public record Position(OffsetDateTime time, String id) {
    }

    /** The keyset condition on {@code (timeColumn, idColumn)}, with its two parameters. */
    String after(String timeColumn, String idColumn) {
        String comparison = ascending ? ">" : "<";
        return after == null ? "" : " AND (" + timeColumn + " " + comparison + " ? OR (" + timeColumn + " = ? AND " + idColumn + " "
                + comparison + " ?))";
    }

    /** The order clause; one row more than the limit is read to know whether another page follows. */
    String orderAndLimit(String timeColumn, String idColumn) {
        String direction = ascending ? " ASC" : " DESC";
        return " ORDER BY " + timeColumn + direction + ", " + idColumn + direction + " LIMIT " + (limit + 1);
    }

    /** The query's parameters: the leading ones, then the keyset condition's. */
    Object[] parameters(Object... leading) {
        if (after == null) {
            return leading;
        }
        Object[] all = Arrays.copyOf(leading, leading.length + 3);
        all[leading.length] = after.time();
        all[leading.length + 1] = after.time();
        all[leading.length + 2] = after.id();
        return all;
    }

    /** The page in the rows read: at most {@code limit}, and whether more were there. */
    <R> Slice<R> slice(List<R> rows) {
        return new Slice<>(List.copyOf(rows.subList(0, Math.min(limit, rows.size()))), rows.size() > limit);
    }

    /**
     * One page as read.
     *
     * @param items   the page's items, in order
     * @param hasMore whether items follow the last one
     * @param <R>     the item type
     */
    public record Slice<R>(List<R> items, boolean hasMore) {
    }
}
