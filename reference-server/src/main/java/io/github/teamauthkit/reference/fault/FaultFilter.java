package io.github.teamauthkit.reference.fault;

import io.github.teamauthkit.server.runtime.ApiErrors;
import io.github.teamauthkit.server.runtime.ErrorCode;
import io.github.teamauthkit.server.runtime.SpecAnnotations;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.lang.System.Logger.Level;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Applies the {@link Faults} plan to the operation the router matched. Its priority comes after the access and
 * body-size filters', so a request they refuse is answered as it would be without faults. Latency and error answers
 * happen here; a {@link BrokenAnswer} is left in the request's {@link #BROKEN_ANSWER} property for the HTTP layer,
 * which alone holds the connection.
 */
@Priority(Priorities.AUTHORIZATION + 100)
public final class FaultFilter implements ContainerRequestFilter {

    /** The request property holding the {@link BrokenAnswer} the HTTP layer carries out. */
    public static final String BROKEN_ANSWER = FaultFilter.class.getName() + ".brokenAnswer";

    private static final System.Logger LOG = System.getLogger(FaultFilter.class.getName());

    private final Faults faults;
    private final Map<Method, String> operationIds = new ConcurrentHashMap<>();

    @Context
    private ResourceInfo resourceInfo;

    /**
     * Creates the filter.
     *
     * @param faults the plan, read on each request
     */
    public FaultFilter(Faults faults) {
        this.faults = faults;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (faults.isEmpty() || resourceInfo.getResourceMethod() == null) {
            return;
        }
        String operationId = operationIds.computeIfAbsent(resourceInfo.getResourceMethod(), method -> SpecAnnotations
                .find(resourceInfo.getResourceClass(), method, Operation.class).map(Operation::operationId).orElse(""));
        if (operationId.isEmpty()) {
            return;
        }
        Faults.Decision decision = faults.decide(operationId);
        if (!decision.delay().isZero()) {
            LOG.log(Level.INFO, () -> "Fault: " + operationId + " waits " + decision.delay().toMillis() + " ms");
            sleep(decision.delay());
        }
        decision.fault().ifPresent(fault -> {
            LOG.log(Level.INFO, () -> "Fault: " + operationId + " meets " + fault.describe());
            apply(request, fault);
        });
    }

    private static void apply(ContainerRequestContext request, Fault fault) {
        if (fault instanceof Fault.ErrorAnswer error) {
            Response.ResponseBuilder answer = ApiErrors.of(error.code(), error.code().defaultMessage() + " (an injected fault)");
            Optional.ofNullable(error.retryAfter()).ifPresent(wait -> answer.header("Retry-After", wait.toSeconds()));
            request.abortWith(answer.build());
        } else if (fault instanceof BrokenAnswer broken) {
            request.setProperty(BROKEN_ANSWER, broken);
            if (broken.beforeActing()) {
                // Never sent: the HTTP layer closes the connection instead. Without one that does, the client still fails.
                request.abortWith(ApiErrors.of(ErrorCode.SERVICE_UNAVAILABLE).build());
            }
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
