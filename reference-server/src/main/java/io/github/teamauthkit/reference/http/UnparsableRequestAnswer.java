package io.github.teamauthkit.reference.http;

import io.github.teamauthkit.server.runtime.ApiErrors;
import io.github.teamauthkit.server.runtime.ErrorCode;
import io.undertow.server.handlers.HostHeaderHandler;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.xnio.conduits.AbstractStreamSinkConduit;
import org.xnio.conduits.StreamSinkConduit;

/**
 * A connection's output, passed through unchanged except for the bodiless 400s Undertow writes before any handler
 * runs: the one it writes as fixed bytes for a request it cannot parse (bad percent-encoding, a backslash or control
 * character in the target, too many headers, both Content-Length and Transfer-Encoding, a bad Content-Length,
 * HTTP/0.9), and those of its {@link HostHeaderHandler}, which wraps every root handler (no Host header, two, a
 * malformed one, one that does not match an absolute target). Each is replaced by the same 400 with the API's
 * {@code {code, message}} body, so every error of the server is JSON (Paperspace's CLI reads no other).
 */
final class UnparsableRequestAnswer extends AbstractStreamSinkConduit<StreamSinkConduit> {

    /** What Undertow 2.3 writes (HttpReadListener.BAD_REQUEST); {@code UnparsableRequestsTest} notices if it changes. */
    private static final byte[] UNDERTOW_BAD_REQUEST = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JSON_BAD_REQUEST = json("The request is not valid HTTP/1.1 (request line, headers or framing).");
    private static final byte[] BAD_REQUEST_LINE = "HTTP/1.1 400 ".getBytes(StandardCharsets.US_ASCII);
    /** HostHeaderHandler's 400s, by the reason phrase it gives them, and what the JSON answer says instead. */
    private static final Map<String, byte[]> HOST_HEADER_ANSWERS = Map.of(
            HostHeaderHandler.STATUS_NO_HOST_HEADER, json("The request has no Host header."),
            HostHeaderHandler.STATUS_TOO_MANY_HOST_HEADERS, json("The request has more than one Host header."),
            HostHeaderHandler.STATUS_HOST_NO_MATCH, json("The request's Host header does not match the host of its target."),
            HostHeaderHandler.STATUS_MALFORMED_PORT, json("The request's Host header is malformed."),
            HostHeaderHandler.STATUS_MALFORMED_IP_LITERAL, json("The request's Host header is malformed."),
            HostHeaderHandler.STATUS_MALFORMED_IP_LITERAL_BAD_CHARS, json("The request's Host header is malformed."));
    /** Longer than any of those bodiless answers' heads: a write this long is never one. */
    private static final int MAX_REPLACED_BYTES = 256;

    /** The rest of the JSON answer still to be written, or null when none is under way. */
    private ByteBuffer pending;

    UnparsableRequestAnswer(StreamSinkConduit next) {
        super(next);
    }

    private static byte[] json(String message) {
        String body = ApiErrors.json(ErrorCode.BAD_REQUEST, message);
        return ("HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        if (pending == null && src.remaining() <= MAX_REPLACED_BYTES) {
            byte[] replacement = replacementFor(src);
            if (replacement != null) {
                pending = ByteBuffer.wrap(replacement);
            }
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

    /** The JSON answer for one of Undertow's bodiless 400s (a whole head in one write), or null for anything else. */
    private static byte[] replacementFor(ByteBuffer src) {
        if (src.equals(ByteBuffer.wrap(UNDERTOW_BAD_REQUEST))) {
            return JSON_BAD_REQUEST;
        }
        if (src.remaining() < BAD_REQUEST_LINE.length
                || !src.slice(src.position(), BAD_REQUEST_LINE.length).equals(ByteBuffer.wrap(BAD_REQUEST_LINE))) {
            return null;
        }
        String head = StandardCharsets.ISO_8859_1.decode(src.duplicate()).toString();
        int lineEnd = head.indexOf("\r\n");
        if (lineEnd < 0 || !head.endsWith("\r\n\r\n") || !head.contains("\r\nContent-Length: 0\r\n")) {
            return null;
        }
        return HOST_HEADER_ANSWERS.get(head.substring(BAD_REQUEST_LINE.length, lineEnd));
    }
}
