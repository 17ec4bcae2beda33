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
import org.xnio.conduits.StreamSourceConduit;

/**
 * Holds a request with a {@code Transfer-Encoding} to RFC 9112's framing before its body is read: the only coding
 * accepted is {@code chunked}, once (Undertow took any other, and {@code chunked, chunked}, as chunked), and the body's
 * chunks are checked by {@link ChunkedFraming}. A body that breaks the framing is answered with the API's JSON 400 and
 * the connection closed, whichever reader met the broken byte: the request buffering on the I/O thread, or a drain
 * after the answer (which then only closes).
 */
final class ChunkedBodyCheck implements HttpHandler {

    private static final String NOT_CHUNKED = "The only transfer coding accepted is chunked, applied once.";

    private final HttpHandler next;

    ChunkedBodyCheck(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        HeaderValues codings = exchange.getRequestHeaders().get(Headers.TRANSFER_ENCODING);
        if (codings == null || !(exchange.getConnection() instanceof AbstractServerConnection connection)) {
            next.handleRequest(exchange);
            return;
        }
        if (codings.size() != 1 || !codings.getFirst().strip().equalsIgnoreCase("chunked")) {
            refuse(exchange, NOT_CHUNKED);
            return;
        }
        PooledByteBuffer readAhead = connection.getExtraBytes();
        ChunkedFraming framing = ChunkedFraming.begin(connection.getChannel(), readAhead == null ? null : readAhead.getBuffer());
        if (framing.violation() != null) {
            refuse(exchange, framing.violation());
            return;
        }
        exchange.addRequestWrapper((factory, ignored) -> new RefusedOnViolation(factory.create(), framing, exchange));
        try {
            next.handleRequest(exchange);
        } catch (BrokenFraming e) {
            // Thrown by the buffering read on this thread: ending the exchange sends the 400 RefusedOnViolation set up.
            exchange.endExchange();
        }
    }

    private static void refuse(HttpServerExchange exchange, String rule) {
        exchange.setPersistent(false);
        exchange.setStatusCode(StatusCodes.BAD_REQUEST);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        exchange.getResponseSender().send(ApiErrors.json(ErrorCode.BAD_REQUEST, rule), StandardCharsets.UTF_8);
    }

    /** A read of a body whose framing broke: the reason is the rule, and the answer is set up before it is thrown. */
    static final class BrokenFraming extends IOException {
        BrokenFraming(String rule) {
            super(rule);
        }
    }

    /**
     * The request body as Undertow decodes it, which fails once {@link ChunkedFraming} found a broken rule below it:
     * that check can only stop passing bytes on, and the chunk reader would close the connection at once if it were
     * told by a failure. The failure here comes above the chunk reader, after the exchange was given a default answer
     * (the JSON 400), so whoever ends the exchange sends it, unless an answer was already under way.
     */
    private static final class RefusedOnViolation extends ReadThroughConduit {
        private final ChunkedFraming framing;
        private final HttpServerExchange exchange;
        private boolean answerSetUp;

        RefusedOnViolation(StreamSourceConduit next, ChunkedFraming framing, HttpServerExchange exchange) {
            super(next);
            this.framing = framing;
            this.exchange = exchange;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            failIfBroken();
            int read = next.read(dst);
            failIfBroken();
            return read;
        }

        private void failIfBroken() throws BrokenFraming {
            String rule = framing.violation();
            if (rule == null) {
                return;
            }
            if (!answerSetUp) {
                answerSetUp = true;
                exchange.setPersistent(false);
                exchange.addDefaultResponseListener(ended -> {
                    if (ended.isResponseStarted()) {
                        return false;
                    }
                    refuse(ended, rule);
                    return true;
                });
            }
            throw new BrokenFraming(rule);
        }
    }
}
