package io.github.teamauthkit.client;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One page of a paged list, and the way to the next. {@link #autoPager()} and {@link #stream()} walk
 * every item from this page on, fetching each further page only when the walk reaches it.
 *
 * <pre>{@code
 * for (Secret secret : client.secrets(teamId).list().autoPager()) { ... }
 * }</pre>
 *
 * @param <T> the item type
 */
public final class Page<T> {

    private final List<T> items;
    private final String nextCursor;
    private final Function<String, Page<T>> fetchAfter;

    private Page(List<T> items, String nextCursor, Function<String, Page<T>> fetchAfter) {
        this.items = items;
        this.nextCursor = nextCursor;
        this.fetchAfter = fetchAfter;
    }

    /**
     * A page as the generated resources make it.
     *
     * @param items      the page's items; null is read as none
     * @param hasMore    whether the API says another page follows
     * @param nextCursor the cursor of the next page, or null
     * @param fetchAfter fetches the page after a cursor, with the same parameters
     * @param <T>        the item type
     * @return the page
     */
    public static <T> Page<T> of(List<T> items, Boolean hasMore, String nextCursor, Function<String, Page<T>> fetchAfter) {
        return new Page<>(items == null ? List.of() : List.copyOf(items), usableCursor(hasMore, nextCursor), fetchAfter);
    }

    /** The cursor to follow, or null at the end: a page that claims more but gives no cursor ends the list. */
    static String usableCursor(Boolean hasMore, String nextCursor) {
        return Boolean.TRUE.equals(hasMore) && nextCursor != null && !nextCursor.isEmpty() ? nextCursor : null;
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
     * @return true when {@link #nextPage()} has a page to fetch
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

    /**
     * Fetches the next page.
     *
     * @return the next page
     * @throws NoSuchElementException on the last page
     */
    public Page<T> nextPage() {
        if (nextCursor == null) {
            throw new NoSuchElementException("this is the last page");
        }
        return fetchAfter.apply(nextCursor);
    }

    /**
     * Every item from this page to the end of the list, fetching pages as the iteration reaches them.
     * An API error while fetching is thrown from {@code hasNext()}.
     *
     * @return the items of this and every following page
     */
    public Iterable<T> autoPager() {
        return () -> new Iterator<>() {
            private Page<T> page = Page.this;
            private int index;

            @Override
            public boolean hasNext() {
                while (index == page.items.size() && page.hasMore()) {
                    page = page.nextPage();
                    index = 0;
                }
                return index < page.items.size();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.items.get(index++);
            }
        };
    }

    /**
     * {@link #autoPager()} as a sequential stream; pages are fetched as the stream is consumed.
     *
     * @return the items of this and every following page
     */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(autoPager().iterator(), Spliterator.ORDERED), false);
    }

    @Override
    public String toString() {
        return "Page[items=" + items.size() + ", hasMore=" + hasMore() + "]";
    }
}
