package io.github.teamauthkit.reference.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.lang.System.Logger.Level;

/**
 * One line per request: method, path, status and duration. Never headers (they carry API keys),
 * never the query string or bodies (they may carry secret values).
 */
final class AccessLog implements HttpHandler {

    private static final System.Logger LOG = System.getLogger("io.github.teamauthkit.reference.access");

    private final HttpHandler next;

    AccessLog(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        long start = System.nanoTime();
        exchange.addExchangeCompleteListener((done, nextListener) -> {
            LOG.log(Level.INFO, () -> done.getRequestMethod() + " " + done.getRequestPath() + " " + done.getStatusCode()
                    + " " + (System.nanoTime() - start) / 1_000_000 + "ms");
            nextListener.proceed();
        });
        next.handleRequest(exchange);
    }
}
