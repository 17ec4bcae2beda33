package io.github.teamauthkit.server.runtime;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Rewrites a successful response of one operation to the status and body the spec documents. */
final class SpecStatusFilter implements ContainerResponseFilter {

    /** Serialised as-is by the String writer, so no JSON provider is needed for it. */
    private static final String JSON_NULL = "null";

    private final SpecSuccess success;

    SpecStatusFilter(SpecSuccess success) {
        this.success = success;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
            return;
        }
        response.setStatus(success.status());
        if (!response.hasEntity() && success.nullable()) {
            response.setEntity(JSON_NULL, null, MediaType.APPLICATION_JSON_TYPE);
        }
    }
}
