package io.github.teamauthkit.reference.http;

import io.github.teamauthkit.reference.fault.BrokenAnswer;
import io.github.teamauthkit.reference.fault.FaultFilter;
import io.github.teamauthkit.reference.fault.Faults;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import java.util.Optional;
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
                return brokenAnswer(answering).<StreamSinkConduit>map(answer -> new BrokenAnswerConduit(conduit, answer,
                        answering.getConnection())).orElse(conduit);
            });
        }
        next.handleRequest(exchange);
    }

    /** The connection fault the filter chose for this exchange's answer, if any. */
    static Optional<BrokenAnswer> brokenAnswer(HttpServerExchange exchange) {
        ServletRequestContext servlet = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
        return servlet == null ? Optional.empty() : Optional.ofNullable(servlet.getServletRequest().getAttribute(FaultFilter.BROKEN_ANSWER))
                .filter(BrokenAnswer.class::isInstance).map(BrokenAnswer.class::cast);
    }
}
