package io.github.teamauthkit.reference.security;

import io.github.teamauthkit.reference.store.ApiKeyStore;
import io.github.teamauthkit.reference.store.Database;
import io.github.teamauthkit.reference.store.KeyHolder;
import io.github.teamauthkit.server.runtime.AccessRule;
import io.github.teamauthkit.server.runtime.ApiErrors;
import io.github.teamauthkit.server.runtime.ErrorCode;
import io.github.teamauthkit.server.runtime.SpecAnnotations;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jboss.resteasy.core.ResteasyContext;
import org.jboss.resteasy.spi.HttpRequest;

/**
 * Authentication, team scope and role, decided on the operation the router matched: its
 * {@link AccessRule} (the spec's {@code x-access}) and its path parameters exactly as the resource
 * receives them. An operation without a rule is refused. This runs before the body is read, so a
 * caller who may not make a request learns nothing from validation or a missing resource. The
 * authenticated {@link KeyHolder} is pushed into the request's context for the resources.
 */
@Priority(Priorities.AUTHENTICATION)
public final class AccessFilter implements ContainerRequestFilter {

    private final Database database;
    private final AuthFailureLimiter limiter;

    /** RESTEasy's own view of the request: unlike a servlet request, it exists on every HTTP engine. */
    @Context
    private HttpRequest httpRequest;

    @Context
    private ResourceInfo resourceInfo;

    /**
     * Creates the filter.
     *
     * @param database where keys are looked up
     * @param limiter  counts failed authentications per client address
     */
    public AccessFilter(Database database, AuthFailureLimiter limiter) {
        this.database = database;
        this.limiter = limiter;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<AccessRule> rule = Optional.ofNullable(resourceInfo.getResourceMethod())
                .flatMap(method -> SpecAnnotations.find(resourceInfo.getResourceClass(), method, AccessRule.class));
        if (rule.isEmpty()) {
            deny(request, "This operation declares no access rule, so no key may call it.");
            return;
        }
        Optional<String> key = Credentials.presented(request::getHeaderString);
        if (key.isEmpty() && rule.get().role() == AccessRule.Role.ANYONE) {
            return;
        }
        String address = httpRequest.getRemoteAddress();
        OptionalLong wait = limiter.retryAfterSeconds(address);
        if (wait.isPresent()) {
            request.abortWith(ApiErrors.of(ErrorCode.TOO_MANY_REQUESTS,
                    "Too many failed authentications; retry in " + wait.getAsLong() + " seconds.", Map.of())
                    .header("Retry-After", wait.getAsLong()).build());
            return;
        }
        Optional<KeyHolder> holder = key.filter(k -> !k.isEmpty())
                .flatMap(k -> database.read(connection -> ApiKeyStore.holder(connection, ApiKeys.hash(k))));
        if (holder.isEmpty()) {
            // Only a presented key that fails counts: a request without one guesses nothing.
            if (key.isPresent()) {
                limiter.recordFailure(address);
            }
            request.abortWith(ApiErrors.of(ErrorCode.UNAUTHORIZED).build());
            return;
        }
        Optional<String> refusal = refusal(rule.get(), request.getUriInfo().getPathParameters(), holder.get());
        if (refusal.isPresent()) {
            deny(request, refusal.get());
            return;
        }
        ResteasyContext.pushContext(KeyHolder.class, holder.get());
    }

    /** Why the rule refuses the holder, given the path parameters the resource will receive (decoded). */
    static Optional<String> refusal(AccessRule rule, MultivaluedMap<String, String> pathParameters, KeyHolder holder) {
        if (rule.role() == AccessRule.Role.ANYONE) {
            return Optional.empty();
        }
        if (!holder.teamId().equals(pathParameters.getFirst(rule.team()))) {
            return Optional.of("The API key belongs to another team.");
        }
        boolean self = !rule.self().isEmpty() && holder.userId().equals(pathParameters.getFirst(rule.self()));
        if (rule.role() == AccessRule.Role.ADMIN && !holder.admin() && !self) {
            return Optional.of("Only team admins may do this.");
        }
        return Optional.empty();
    }

    private static void deny(ContainerRequestContext request, String message) {
        request.abortWith(ApiErrors.of(ErrorCode.FORBIDDEN, message, Map.of()).build());
    }
}
