package io.github.teamauthkit.client;

import java.util.List;
import java.util.Optional;

/**
 * What {@link Page} and {@link AsyncPage} share: a page's items and the cursor of the next one.
 *
 * @param <T> the item type
 */
public abstract sealed class PageData<T> permits Page, AsyncPage {

    private final List<T> items;
    private final String nextCursor;

    PageData(List<T> items, Boolean hasMore, String nextCursor) {
        this.items = items == null ? List.of() : List.copyOf(items);
        // A page that claims more but gives no cursor ends the list: there is no way to ask for the rest.
        this.nextCursor = Boolean.TRUE.equals(hasMore) && nextCursor != null && !nextCursor.isEmpty() ? nextCursor : null;
    }

    /**
     * This page's items, in the list's order.
     *
     * @return the items; immutable
     */
    public List<T> items() {
        return items;
    }

    /**
     * Whether another page follows.
     *
     * @return true when there is a next page to fetch
     */
    public boolean hasMore() {
        return nextCursor != null;
    }

    /**
     * The cursor of the next page, to resume a walk later with the list's {@code after} parameter.
     *
     * @return the cursor; empty on the last page
     */
    public Optional<String> nextCursor() {
        return Optional.ofNullable(nextCursor);
    }

    /** The cursor, or null on the last page. */
    String cursor() {
        return nextCursor;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[items=" + items.size() + ", hasMore=" + hasMore() + "]";
    }
}
