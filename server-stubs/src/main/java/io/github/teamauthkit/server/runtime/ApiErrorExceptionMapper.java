package io.github.teamauthkit.server.runtime;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Answers an {@link ApiErrorException} with its code and message. */
final class ApiErrorExceptionMapper implements ExceptionMapper<ApiErrorException> {

    @Override
    public Response toResponse(ApiErrorException e) {
        return ApiErrors.of(e.code(), e.getMessage()).build();
    }
}
