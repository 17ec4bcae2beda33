package io.github.teamauthkit.client.internal;

import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads a response body as bytes within what is left of the request's timeout. The JDK's
 * {@code HttpRequest.timeout} ends when the response headers arrive: a server that then stalls the
 * body would block the caller for as long as it likes. Past the deadline the body fails with
 * {@link HttpTimeoutException} and the subscription is cancelled, which closes the connection.
 */
final class WholeExchangeTimeout {

    private WholeExchangeTimeout() {
    }

    /**
     * A body handler that finishes by the deadline.
     *
     * @param start   when the exchange started ({@link System#nanoTime()})
     * @param timeout the whole exchange's time limit
     * @return the handler
     */
    static BodyHandler<byte[]> ofByteArray(long start, Duration timeout) {
        return info -> new Subscriber(BodySubscribers.ofByteArray(), start + timeout.toNanos());
    }

    private static final class Subscriber implements BodySubscriber<byte[]> {

        private final BodySubscriber<byte[]> bytes;
        private final CompletableFuture<byte[]> body;
        private volatile Flow.Subscription subscription;

        Subscriber(BodySubscriber<byte[]> bytes, long deadline) {
            this.bytes = bytes;
            this.body = bytes.getBody().toCompletableFuture().copy()
                    .orTimeout(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)
                    .handle((data, failure) -> {
                        if (failure instanceof TimeoutException) {
                            Flow.Subscription open = subscription;
                            if (open != null) {
                                open.cancel();
                            }
                            throw new CompletionException(new HttpTimeoutException("request timed out while reading the response body"));
                        }
                        if (failure != null) {
                            throw failure instanceof CompletionException completion ? completion : new CompletionException(failure);
                        }
                        return data;
                    });
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            bytes.onSubscribe(subscription);
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
            bytes.onNext(item);
        }

        @Override
        public void onError(Throwable throwable) {
            bytes.onError(throwable);
        }

        @Override
        public void onComplete() {
            bytes.onComplete();
        }
    }
}
