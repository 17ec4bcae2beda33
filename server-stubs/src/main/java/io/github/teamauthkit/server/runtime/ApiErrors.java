package io.github.teamauthkit.server.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.teamauthkit.server.model.ApiError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Builds error responses in the spec's {@code Error} shape. */
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
        return of(code, code.defaultMessage(), Map.of());
    }

    /**
     * An error response.
     *
     * @param code    the error code
     * @param message the message for the client
     * @param details structured context; omitted from the body when empty
     * @return a response builder with status and JSON body set
     */
    public static Response.ResponseBuilder of(ErrorCode code, String message, Map<String, Object> details) {
        ApiError body = new ApiError().code(code.name()).message(message);
        if (!details.isEmpty()) {
            body.details(details);
        }
        return Response.status(code.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
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
            return SpecObjectMapperResolver.mapper().writeValueAsString(new ApiError().code(code.name()).message(message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the Error model cannot be written as JSON", e);
        }
    }
}
