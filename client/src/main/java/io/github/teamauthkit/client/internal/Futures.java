package io.github.teamauthkit.client.internal;

import io.github.teamauthkit.client.errors.ConnectionException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Waits for an asynchronous call and rethrows its own exception, not a wrapper. */
public final class Futures {

    private Futures() {
    }

    /**
     * The result of a call, waiting for it.
     *
     * @param future the call
     * @param <T>    the result type
     * @return the result
     */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (ExecutionException | CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new ConnectionException("the call failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new ConnectionException("interrupted while waiting for the API", e);
        }
    }
}
