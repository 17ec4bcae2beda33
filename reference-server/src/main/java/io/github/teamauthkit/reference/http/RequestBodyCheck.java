package io.github.teamauthkit.reference.http;

import io.github.teamauthkit.server.runtime.ApiErrors;
import io.github.teamauthkit.server.runtime.ErrorCode;
import io.undertow.connector.PooledByteBuffer;
import io.undertow.server.AbstractServerConnection;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.xnio.conduits.StreamSourceConduit;

/**
 * Answers a request whose body cannot be read whole with the API's JSON 400 and a closed connection, before anything
 * acts on it. A {@code Transfer-Encoding} must be {@code chunked}, once (Undertow took any other, and
 * {@code chunked, chunked}, as chunked), and the chunks are held to RFC 9112 by {@link ChunkedFraming}. A body that
 * ends before its {@code Content-Length} or its last chunk was an empty 500 when the buffering read met the end on this
 * thread, and an empty 200 when it met it later, on the I/O thread (Undertow then ends the exchange with no answer):
 * both are now this 400, saying which rule broke. A broken body met by a drain after the answer only closes.
 */
final class RequestBodyCheck implements HttpHandler {

    private static final String NOT_CHUNKED = "The only transfer coding accepted is chunked, applied once.";
    private static final String CUT_SHORT = "The request body ended before its declared length or its last chunk.";

    private final HttpHandler next;

    RequestBodyCheck(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        HeaderValues codings = exchange.getRequestHeaders().get(Headers.TRANSFER_ENCODING);
        if (!(exchange.getConnection() instanceof AbstractServerConnection connection)
                || codings == null && exchange.getRequestContentLength() <= 0) {
            next.handleRequest(exchange);
            return;
        }
        ChunkedFraming framing = null;
        if (codings != null) {
            if (codings.size() != 1 || !codings.getFirst().strip().equalsIgnoreCase("chunked")) {
                refuse(exchange, NOT_CHUNKED);
                return;
            }
            PooledByteBuffer readAhead = connection.getExtraBytes();
            framing = ChunkedFraming.begin(connection.getChannel(), readAhead == null ? null : readAhead.getBuffer());
            if (framing.violation() != null) {
                refuse(exchange, framing.violation());
                return;
            }
        }
        // One for the request: Undertow makes its channel again (and these wrappers) when the buffered body is replayed.
        AtomicReference<String> failure = new AtomicReference<>();
        ChunkedFraming rules = framing;
        exchange.addRequestWrapper((factory, ignored) -> new WatchedBody(factory.create(), rules, failure));
        // Undertow ends an exchange with no answer when a read of its body fails on the I/O thread.
        exchange.addDefaultResponseListener(ended -> {
            if (ended.isResponseStarted() || failure.get() == null) {
                return false;
            }
            refuse(ended, failure.get());
            return true;
        });
        try {
            next.handleRequest(exchange);
        } catch (IOException e) {
            if (exchange.isResponseStarted()) {
                throw e;
            }
            // The buffering read failed on this thread: ending the exchange sends the 400 of the listener above.
            failure.compareAndSet(null, CUT_SHORT);
            exchange.endExchange();
        }
    }

    private static void refuse(HttpServerExchange exchange, String rule) {
        exchange.setPersistent(false);
        exchange.setStatusCode(StatusCodes.BAD_REQUEST);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        exchange.getResponseSender().send(ApiErrors.json(ErrorCode.BAD_REQUEST, rule), StandardCharsets.UTF_8);
    }

    /**
     * The request body as Undertow decodes it, noting why a read of it failed. It fails once {@link ChunkedFraming}
     * found a broken rule below it: that check can only stop passing bytes on, and the chunk reader would close the
     * connection at once if it were told by a failure. The failure here comes above the chunk reader, so whoever reads
     * the body meets it and the exchange can still be answered.
     */
    private static final class WatchedBody extends ReadThroughConduit {
        private final ChunkedFraming framing;
        private final AtomicReference<String> failure;

        WatchedBody(StreamSourceConduit next, ChunkedFraming framing, AtomicReference<String> failure) {
            super(next);
            this.framing = framing;
            this.failure = failure;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            failIfBroken();
            int read;
            try {
                read = next.read(dst);
            } catch (IOException e) {
                failIfBroken();
                failure.compareAndSet(null, CUT_SHORT);
                throw e;
            }
            failIfBroken();
            return read;
        }

        private void failIfBroken() throws IOException {
            String rule = framing == null ? null : framing.violation();
            if (rule != null) {
                failure.compareAndSet(null, rule);
                throw new IOException(rule);
            }
        }
    }
}
