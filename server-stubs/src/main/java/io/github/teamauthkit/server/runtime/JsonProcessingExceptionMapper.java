package io.github.teamauthkit.server.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.stream.Collectors;

/**
 * Answers an unreadable JSON body with 400. Jackson's own message quotes the offending input,
 * which may be a secret value, so only the field's path is reported.
 */
final class JsonProcessingExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return ApiErrors.of(ErrorCode.BAD_REQUEST, field + ": missing, or of the wrong type.").build();
        }
        return ApiErrors.of(ErrorCode.BAD_REQUEST, "The request body is not valid JSON for this operation.").build();
    }
}
