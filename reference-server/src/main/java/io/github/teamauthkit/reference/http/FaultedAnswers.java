package io.github.teamauthkit.reference.http;

import io.github.teamauthkit.reference.fault.BrokenAnswer;
import io.github.teamauthkit.reference.fault.FaultFilter;
import io.github.teamauthkit.reference.fault.Faults;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import org.xnio.conduits.StreamSinkConduit;

/**
 * Carries out the {@link BrokenAnswer} the {@link FaultFilter} left on a request: its answer goes through a
 * {@link BrokenAnswerConduit}. With an empty plan a request passes untouched.
 */
final class FaultedAnswers implements HttpHandler {

    private final Faults faults;
    private final HttpHandler next;

    FaultedAnswers(Faults faults, HttpHandler next) {
        this.faults = faults;
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (!faults.isEmpty()) {
            // Asked when the answer starts, after the filter has decided.
            exchange.addResponseWrapper((factory, answering) -> {
                StreamSinkConduit conduit = factory.create();
                ServletRequestContext servlet = answering.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
                Object broken = servlet == null ? null : servlet.getServletRequest().getAttribute(FaultFilter.BROKEN_ANSWER);
                return broken instanceof BrokenAnswer answer ? new BrokenAnswerConduit(conduit, answer, answering.getConnection()) : conduit;
            });
        }
        next.handleRequest(exchange);
    }
}
