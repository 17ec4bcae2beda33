package io.github.teamauthkit.client;

import io.github.teamauthkit.client.errors.UnexpectedStatusException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /** A walk follows at most this many pages: a server that never ends a list does not hold a caller forever. */
    static final int MAX_PAGES_PER_WALK = 10_000;

    /**
     * Notes that a walk follows this page's cursor, refusing a cursor the walk has already followed (the server
     * would send the same pages again, for ever) and a walk longer than {@link #MAX_PAGES_PER_WALK}.
     *
     * @param followed the cursors this walk has followed so far
     * @throws UnexpectedStatusException when the walk cannot end
     */
    void follow(Set<String> followed) {
        if (!followed.add(nextCursor)) {
            throw UnexpectedStatusException.walkDoesNotEnd("the server answered a nextPage it had answered before in this walk,"
                    + " so the list would never end; stopped after " + followed.size() + " pages");
        }
        if (followed.size() > MAX_PAGES_PER_WALK) {
            throw UnexpectedStatusException.walkDoesNotEnd("the list goes on past " + MAX_PAGES_PER_WALK + " pages; stopped");
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[items=" + items.size() + ", hasMore=" + hasMore() + "]";
    }
}
