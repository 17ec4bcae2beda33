package io.github.teamauthkit.reference.security;

import io.github.teamauthkit.server.runtime.ApiErrors;
import io.github.teamauthkit.server.runtime.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.Optional;

/**
 * Refuses, before matching and before any credential is looked at, a request whose path has more
 * than one reading (see {@link RequestTarget}): 404, since the spec describes no such path.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class RequestTargetFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<String> problem = RequestTarget.problem(request.getUriInfo().getRequestUri().getRawPath());
        problem.ifPresent(reason -> request.abortWith(ApiErrors.of(ErrorCode.NOT_FOUND,
                "The API has no resource at this path: " + reason + ".").build()));
    }
}
