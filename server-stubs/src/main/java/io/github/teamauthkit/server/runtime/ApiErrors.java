package io.github.teamauthkit.server.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.teamauthkit.server.model.ApiError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds error responses in the spec's {@code Error} shape: {@code {code, message}}, nothing else. */
public final class ApiErrors {

    private ApiErrors() {
    }

    /**
     * An error response with the code's generic message.
     *
     * @param code the error code
     * @return a response builder with status and JSON body set
     */
    public static Response.ResponseBuilder of(ErrorCode code) {
        return of(code, code.defaultMessage());
    }

    /**
     * An error response.
     *
     * @param code    the error code
     * @param message the message for the client
     * @return a response builder with status and JSON body set
     */
    public static Response.ResponseBuilder of(ErrorCode code, String message) {
        return Response.status(code.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body(code, message));
    }

    /**
     * An error body as JSON text, for code that answers outside Jakarta REST (a servlet error page, a raw handler).
     *
     * @param code    the error code
     * @param message the message for the client
     * @return {@code {"code": …, "message": …}}
     */
    public static String json(ErrorCode code, String message) {
        try {
            return SpecObjectMapperResolver.mapper().writeValueAsString(body(code, message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the Error model cannot be written as JSON", e);
        }
    }

    private static ApiError body(ErrorCode code, String message) {
        return new ApiError().code(io.github.teamauthkit.server.model.ErrorCode.fromValue(code.code())).message(message);
    }
}
