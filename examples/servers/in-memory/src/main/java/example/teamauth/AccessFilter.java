package example.teamauth;

import example.teamauth.Callers.Known;
import example.teamauth.Callers.Nobody;
import example.teamauth.Callers.Presented;
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
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Authorizes the operation the router dispatched by the spec's {@link AccessRule}, with the path
 * parameters as the resource receives them; an operation without a rule is refused.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public final class AccessFilter implements ContainerRequestFilter {

    private final TeamAuthData data;

    @Context
    private ResourceInfo resource;

    public AccessFilter(TeamAuthData data) {
        this.data = data;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<AccessRule> rule = SpecAnnotations.find(resource.getResourceClass(), resource.getResourceMethod(), AccessRule.class);
        Presented caller = Callers.of(request::getHeaderString, data);
        if (rule.isEmpty()) {
            request.abortWith(ApiErrors.of(ErrorCode.FORBIDDEN).build());
        } else if (!(caller instanceof Known) && !(caller instanceof Nobody && rule.get().role() == AccessRule.Role.ANYONE)) {
            request.abortWith(ApiErrors.of(ErrorCode.UNAUTHORIZED).build());
        } else if (caller instanceof Known known && !allows(rule.get(), known, request.getUriInfo().getPathParameters())) {
            request.abortWith(ApiErrors.of(ErrorCode.FORBIDDEN).build());
        }
    }

    private boolean allows(AccessRule rule, Known caller, MultivaluedMap<String, String> path) {
        if (rule.role() == AccessRule.Role.ANYONE) {
            return true;
        }
        boolean ownTeam = data.team(path.getFirst(rule.team())).filter(t -> t.id().equals(caller.member().teamId())).isPresent();
        boolean self = !rule.self().isEmpty() && caller.member().userId().equals(path.getFirst(rule.self()));
        return ownTeam && (rule.role() == AccessRule.Role.MEMBER || caller.member().admin() || self);
    }
}
