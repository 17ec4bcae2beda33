package io.github.teamauthkit.client;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
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
public final class Page<T> extends PageData<T> {

    private final Function<String, Page<T>> fetchAfter;

    private Page(List<T> items, Boolean hasMore, String nextCursor, Function<String, Page<T>> fetchAfter) {
        super(items, hasMore, nextCursor);
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
        return new Page<>(items, hasMore, nextCursor, fetchAfter);
    }

    /**
     * Fetches the next page.
     *
     * @return the next page
     * @throws NoSuchElementException on the last page
     */
    public Page<T> nextPage() {
        if (!hasMore()) {
            throw new NoSuchElementException("this is the last page");
        }
        return fetchAfter.apply(cursor());
    }

    /**
     * Every item from this page to the end of the list, fetching pages as the iteration reaches them.
     * An API error while fetching is thrown from {@code hasNext()}.
     *
     * @return the items of this and every following page
     */
    public Iterable<T> autoPager() {
        return () -> new Iterator<>() {
            private final Set<String> followed = new HashSet<>();
            private Page<T> page = Page.this;
            private int index;

            @Override
            public boolean hasNext() {
                while (index == page.items().size() && page.hasMore()) {
                    page.follow(followed);
                    page = page.nextPage();
                    index = 0;
                }
                return index < page.items().size();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.items().get(index++);
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
}
