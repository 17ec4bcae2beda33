package io.github.teamauthkit.server.runtime;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Gives the framework's own errors (unknown path, wrong method, unsupported media type, unreadable
 * body) the spec's {@code Error} shape. Their messages are replaced by generic ones: frameworks
 * quote request content in them.
 */
@Provider
final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        if (original.hasEntity()) {
            return original;
        }
        Response.ResponseBuilder error = ApiErrors.of(ErrorCode.forStatus(original.getStatus()));
        original.getHeaders().forEach((name, values) -> values.forEach(v -> error.header(name, v)));
        return error.build();
    }
}
