package io.github.teamauthkit.server.runtime;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers an {@link ApiErrorException} with its code and message. */
@Provider
final class ApiErrorExceptionMapper implements ExceptionMapper<ApiErrorException> {

    @Override
    public Response toResponse(ApiErrorException e) {
        return ApiErrors.of(e.code(), e.getMessage()).build();
    }
}
