package io.github.teamauthkit.server.runtime;

import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * Writes JSON responses with the spec's mapping ({@link SpecObjectMapperResolver}). RESTEasy's
 * Jackson provider does the same but first hashes the resource method's annotations (the generated
 * OpenAPI ones: dozens per method) into a cache key, on every response: 29 % of the reference
 * server's CPU under load (JFR, BENCHMARKS.md). Nothing in those annotations changes how the spec's
 * bodies are written, so this writer looks only at the type.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
final class SpecJsonWriter implements MessageBodyWriter<Object> {

    private final ObjectWriter writer = SpecObjectMapperResolver.mapper().writer();

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        // Bodies Jakarta REST writes byte for byte stay with its own writers.
        return !(CharSequence.class.isAssignableFrom(type) || type == byte[].class || InputStream.class.isAssignableFrom(type)
                || Reader.class.isAssignableFrom(type) || File.class.isAssignableFrom(type)
                || StreamingOutput.class.isAssignableFrom(type));
    }

    @Override
    public void writeTo(Object entity, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream body) throws IOException {
        // A List<Secret> is written as its declared element type; a plain class by the value's own class, as Jackson does.
        ObjectWriter typed = genericType instanceof ParameterizedType ? writer.forType(writer.getTypeFactory().constructType(genericType))
                : writer;
        // Written whole and not flushed: the engine then sees the complete body and can send Content-Length, not chunks
        // (a Content-Length header set here, RESTEasy's Vert.x adapter sent beside chunked encoding).
        body.write(typed.writeValueAsBytes(entity));
    }
}
