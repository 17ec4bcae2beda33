package io.github.teamauthkit.reference.http;

import io.github.teamauthkit.server.runtime.ApiErrors;
import io.github.teamauthkit.server.runtime.ErrorCode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.xnio.conduits.AbstractStreamSinkConduit;
import org.xnio.conduits.StreamSinkConduit;

/**
 * A connection's output, passed through unchanged except for one message: the bodiless 400 Undertow
 * writes, as fixed bytes and before any handler runs, for a request it cannot parse (bad
 * percent-encoding, a backslash or control character in the target, too many headers, both
 * Content-Length and Transfer-Encoding, a bad Content-Length, HTTP/0.9). That one is replaced by the
 * same 400 with the API's {@code {code, message}} body, so every error of the server is JSON.
 */
final class UnparsableRequestAnswer extends AbstractStreamSinkConduit<StreamSinkConduit> {

    /** What Undertow 2.3 writes (HttpReadListener.BAD_REQUEST); {@code UnparsableRequestsTest} notices if it changes. */
    private static final byte[] UNDERTOW_BAD_REQUEST = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JSON_BAD_REQUEST = json();

    /** The rest of the JSON answer still to be written, or null when none is under way. */
    private ByteBuffer pending;

    UnparsableRequestAnswer(StreamSinkConduit next) {
        super(next);
    }

    private static byte[] json() {
        String body = ApiErrors.json(ErrorCode.BAD_REQUEST, "The request is not valid HTTP/1.1 (request line, headers or framing).");
        return ("HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        if (pending == null && isUndertowBadRequest(src)) {
            pending = ByteBuffer.wrap(JSON_BAD_REQUEST);
        }
        if (pending == null) {
            return next.write(src);
        }
        next.write(pending);
        if (pending.hasRemaining()) {
            // Undertow writes the rest when the socket is writable again, offering the same bytes.
            return 0;
        }
        pending = null;
        int consumed = src.remaining();
        src.position(src.limit());
        return consumed;
    }

    private static boolean isUndertowBadRequest(ByteBuffer src) {
        return src.remaining() == UNDERTOW_BAD_REQUEST.length && src.equals(ByteBuffer.wrap(UNDERTOW_BAD_REQUEST));
    }
}
