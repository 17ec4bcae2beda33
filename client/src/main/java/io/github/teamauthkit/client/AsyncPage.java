package io.github.teamauthkit.client;

import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One page of a paged list from the asynchronous client, and the way to the next without blocking.
 *
 * @param <T> the item type
 */
public final class AsyncPage<T> extends PageData<T> {

    private final Function<String, CompletableFuture<AsyncPage<T>>> fetchAfter;

    private AsyncPage(List<T> items, Boolean hasMore, String nextCursor,
            Function<String, CompletableFuture<AsyncPage<T>>> fetchAfter) {
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
    public static <T> AsyncPage<T> of(List<T> items, Boolean hasMore, String nextCursor,
            Function<String, CompletableFuture<AsyncPage<T>>> fetchAfter) {
        return new AsyncPage<>(items, hasMore, nextCursor, fetchAfter);
    }

    /**
     * Fetches the next page.
     *
     * @return the next page to come
     * @throws NoSuchElementException on the last page
     */
    public CompletableFuture<AsyncPage<T>> nextPage() {
        if (!hasMore()) {
            throw new NoSuchElementException("this is the last page");
        }
        return fetchAfter.apply(cursor());
    }

    /**
     * Gives every item from this page to the end of the list to an action, one page at a time.
     *
     * @param action what to do with each item
     * @return completes after the last item, or with the first error
     */
    public CompletableFuture<Void> forEach(Consumer<? super T> action) {
        return forEach(action, new HashSet<>());
    }

    private CompletableFuture<Void> forEach(Consumer<? super T> action, Set<String> followed) {
        items().forEach(action);
        if (!hasMore()) {
            return CompletableFuture.completedFuture(null);
        }
        try {
            follow(followed);
        } catch (RuntimeException endless) {
            return CompletableFuture.failedFuture(endless);
        }
        return nextPage().thenCompose(next -> next.forEach(action, followed));
    }
}
