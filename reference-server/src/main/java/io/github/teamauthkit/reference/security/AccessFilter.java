package io.github.teamauthkit.reference.security;

import io.github.teamauthkit.reference.store.ApiKeyStore;
import io.github.teamauthkit.reference.store.Database;
import io.github.teamauthkit.reference.store.KeyHolder;
import io.github.teamauthkit.server.runtime.ApiErrors;
import io.github.teamauthkit.server.runtime.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jboss.resteasy.core.ResteasyContext;
import org.jboss.resteasy.spi.HttpRequest;

/**
 * Authentication, team scope and role, checked before the request is matched to a resource, so a
 * caller who may not make a request learns nothing from validation, a missing resource, or an
 * unsupported method or media type. The authenticated {@link KeyHolder} is pushed into the
 * request's context for the resources.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class AccessFilter implements ContainerRequestFilter {

    private final Database database;
    private final AuthFailureLimiter limiter;

    /** RESTEasy's own view of the request: unlike a servlet request, it exists on every HTTP engine. */
    @Context
    private HttpRequest httpRequest;

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
        List<String> segments = Arrays.stream(request.getUriInfo().getPath().split("/")).filter(s -> !s.isEmpty()).toList();
        boolean teamScoped = segments.size() >= 2 && "teams".equals(segments.get(0));
        Optional<String> key = Credentials.presented(request::getHeaderString);
        if (key.isEmpty() && !teamScoped) {
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
                .flatMap(k -> database.transaction(connection -> ApiKeyStore.holder(connection, ApiKeys.hash(k))));
        if (holder.isEmpty()) {
            // Only a presented key that fails counts: a request without one guesses nothing.
            if (key.isPresent()) {
                limiter.recordFailure(address);
            }
            request.abortWith(ApiErrors.of(ErrorCode.UNAUTHORIZED).build());
            return;
        }
        if (teamScoped && !holder.get().teamId().equals(segments.get(1))) {
            request.abortWith(ApiErrors.of(ErrorCode.FORBIDDEN, "The API key belongs to another team.", Map.of()).build());
            return;
        }
        if (teamScoped && !AccessPolicy.allows(request.getMethod(), segments, holder.get())) {
            request.abortWith(ApiErrors.of(ErrorCode.FORBIDDEN, "Only team admins may do this.", Map.of()).build());
            return;
        }
        ResteasyContext.pushContext(KeyHolder.class, holder.get());
    }
}
