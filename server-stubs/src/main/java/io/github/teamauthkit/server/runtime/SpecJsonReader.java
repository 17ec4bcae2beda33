package io.github.teamauthkit.server.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.teamauthkit.server.model.ApiError;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.stream.Collectors;

/**
 * Reads the spec's request bodies with the spec's mapping ({@link SpecObjectMapperResolver}), so an
 * implementation needs no JSON module of its runtime, and answers a body it cannot read itself:
 * 413 over {@value #MAX_BODY_BYTES} bytes (the reference server's limit; memory stays bounded
 * whatever a client sends), 400 for JSON that does not fit the operation. Jackson's own messages
 * quote the offending input, which may be a secret value, and runtimes' Jackson exception mappers
 * pass them on (Jersey's as {@code text/plain}); here Jackson's exceptions never leave the reader,
 * and only the field's path is reported.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public final class SpecJsonReader implements MessageBodyReader<Object> {

    /** The largest body read, in bytes. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private final ObjectMapper mapper = SpecObjectMapperResolver.mapper();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.getPackageName().equals(ApiError.class.getPackageName());
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new WebApplicationException(ApiErrors.of(ErrorCode.PAYLOAD_TOO_LARGE).build());
        }
        try {
            return mapper.readerFor(mapper.constructType(genericType)).readValue(bytes);
        } catch (JsonProcessingException e) {
            throw new WebApplicationException(ApiErrors.of(ErrorCode.BAD_REQUEST, problem(e)).build());
        }
    }

    private static String problem(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")) + ": missing, or of the wrong type.";
        }
        return "The request body is not valid JSON for this operation.";
    }
}
