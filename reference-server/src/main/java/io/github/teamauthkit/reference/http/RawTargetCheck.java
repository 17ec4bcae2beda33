package io.github.teamauthkit.reference.http;

import io.github.teamauthkit.server.runtime.ApiErrors;
import io.github.teamauthkit.server.runtime.ErrorCode;
import io.undertow.server.HttpHandler;
import io.undertow.server.AbstractServerConnection;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.xnio.StreamConnection;

/**
 * Refuses, with the API's JSON 400 and before anything matches it, a request whose head had a bare CR
 * ({@link BareCarriageReturns}), and a request target (path and query as sent) that is longer than
 * {@link #MAX_CHARS} or whose percent-escapes are not UTF-8. Both cost one pass
 * over the target here; further in they cost more: the servlet container's path matching takes time in the
 * square of the path's length (it looks each prefix up again at every '/': a 100 KB path took 12 s of CPU
 * on an I/O thread), and RESTEasy logs a stack trace for every path it cannot decode.
 */
final class RawTargetCheck implements HttpHandler {

    /** Characters of path and query together; the longest valid API target is far below this. */
    static final int MAX_CHARS = 8192;

    private static final String TOO_LONG = ApiErrors.json(ErrorCode.BAD_REQUEST,
            "The request target is longer than " + MAX_CHARS + " characters.");
    private static final String NOT_UTF8 = ApiErrors.json(ErrorCode.BAD_REQUEST,
            "The request target's percent-escapes are not UTF-8.");
    private static final String BARE_CR = ApiErrors.json(ErrorCode.BAD_REQUEST,
            "The request has a CR that ends no line (RFC 9112 section 2.2).");

    private final HttpHandler next;

    RawTargetCheck(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        StreamConnection connection = exchange.getConnection() instanceof AbstractServerConnection server ? server.getChannel() : null;
        String path = exchange.getRequestURI();
        if (connection != null && BareCarriageReturns.seenInHead(connection)) {
            refuse(exchange, BARE_CR);
        } else if (path.length() + exchange.getQueryString().length() > MAX_CHARS) {
            refuse(exchange, TOO_LONG);
        } else if (!escapesAreUtf8(path) || !escapesAreUtf8(exchange.getQueryString())) {
            refuse(exchange, NOT_UTF8);
        } else {
            if (connection != null) {
                if (exchange.getRequestContentLength() > 0 || exchange.getRequestHeaders().contains(Headers.TRANSFER_ENCODING)) {
                    exchange.addExchangeCompleteListener((done, nextListener) -> {
                        BareCarriageReturns.expectHead(connection);
                        nextListener.proceed();
                    });
                } else {
                    BareCarriageReturns.expectHead(connection);
                }
            }
            next.handleRequest(exchange);
        }
    }

    private static void refuse(HttpServerExchange exchange, String body) {
        exchange.setPersistent(false);
        exchange.setStatusCode(StatusCodes.BAD_REQUEST);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        exchange.getResponseSender().send(body, StandardCharsets.UTF_8);
    }

    /** Whether the bytes a path's or query's percent-escapes spell are well-formed UTF-8. */
    static boolean escapesAreUtf8(String path) {
        int percent = path.indexOf('%');
        if (percent < 0) {
            return true;
        }
        ByteBuffer bytes = ByteBuffer.allocate(path.length());
        try {
            for (int i = 0; i < path.length(); i++) {
                char c = path.charAt(i);
                if (c == '%' && i + 2 < path.length()) {
                    bytes.put((byte) Integer.parseInt(path, i + 1, i + 3, 16));
                    i += 2;
                } else {
                    bytes.put((byte) c);
                }
            }
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes.flip());
            return true;
        } catch (CharacterCodingException | NumberFormatException e) {
            return false;
        }
    }
}
