package io.github.teamauthkit.reference.http;

import io.github.teamauthkit.server.runtime.ApiErrors;
import io.github.teamauthkit.server.runtime.ErrorCode;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a request target (path and query as sent) longer than {@link #MAX_CHARS} with the API's
 * JSON 400, before anything matches it. The servlet container's path matching costs time in the
 * square of the path's length (it looks each prefix up again at every '/'): a 100 KB path took
 * 12 s of CPU on an I/O thread. No route of the API comes near the limit, so the refusal costs
 * one length check.
 */
final class RequestTargetLimit implements HttpHandler {

    /** Characters of path and query together; the longest valid API target is far below this. */
    static final int MAX_CHARS = 8192;

    private static final String TOO_LONG = ApiErrors.json(ErrorCode.BAD_REQUEST,
            "The request target is longer than " + MAX_CHARS + " characters.");

    private final HttpHandler next;

    RequestTargetLimit(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (exchange.getRequestURI().length() + exchange.getQueryString().length() > MAX_CHARS) {
            exchange.setPersistent(false);
            exchange.setStatusCode(StatusCodes.BAD_REQUEST);
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
            exchange.getResponseSender().send(TOO_LONG, StandardCharsets.UTF_8);
            return;
        }
        next.handleRequest(exchange);
    }
}
