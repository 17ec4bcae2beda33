package io.github.teamauthkit.reference.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.lang.System.Logger.Level;

/**
 * One line per request: method, the path as sent (matrix parameters and escapes included, so the log
 * shows what the client asked for, not what a parser made of it; cut after 256 characters), status and duration. Never headers
 * (they carry API keys), never the query string or bodies (they may carry secret values).
 */
final class AccessLog implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(ReferenceServer.ACCESS_LOG);
    /** Longer paths are cut, so a line's length is bounded whatever a client sends. */
    private static final int LOGGED_PATH_CHARS = 256;

    private final HttpHandler next;

    AccessLog(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        long start = System.nanoTime();
        // Read now: an error page the servlet container forwards to replaces the exchange's path.
        String path = exchange.getRequestURI();
        exchange.addExchangeCompleteListener((done, nextListener) -> {
            // A faulted answer's status is what the server meant to send: the line says what the client got instead.
            LOG.log(Level.INFO, () -> done.getRequestMethod() + " " + loggedPath(path) + " " + done.getStatusCode()
                    + " " + (System.nanoTime() - start) / 1_000_000 + "ms"
                    + FaultedAnswers.brokenAnswer(done).map(broken -> " (fault: " + broken.describe() + ")").orElse(""));
            nextListener.proceed();
        });
        next.handleRequest(exchange);
    }

    private static String loggedPath(String path) {
        return path.length() <= LOGGED_PATH_CHARS ? path
                : path.substring(0, LOGGED_PATH_CHARS) + "...(" + path.length() + " characters)";
    }
}
