package io.github.teamauthkit.server.runtime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.time.OffsetDateTime;

/**
 * The JSON mapping the spec asks for: {@code date-time} as RFC 3339 text, fields the spec does not
 * know ignored, no silent type coercion ({@code "name": 12} or {@code "isAdmin": "yes"} is a
 * wrong type, answered with 400, not converted), and no duplicate keys ({@code {"value": "a",
 * "value": "b"}} is 400: a proxy that validated the first and a server that kept the last would
 * disagree about what was sent), no content after the document, and no explicit {@code null} for a property (the spec's request
 * bodies have no nullable property). An absent optional field stays absent, but a required one is
 * always written, {@code null} included: the spec's required-and-nullable fields (a user's
 * {@code firstName}) must be there.
 */
@Provider
public final class SpecObjectMapperResolver implements ContextResolver<ObjectMapper> {

    private static final ObjectMapper MAPPER = create();

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return MAPPER;
    }

    /** The one configured mapper, shared with {@link SpecJsonWriter}. */
    static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Creates a mapper configured as the API's wire format.
     *
     * @return a new mapper
     */
    public static ObjectMapper create() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("spec-date-time").addSerializer(OffsetDateTime.class, new DateTimeSerializer()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // {"isAdmin": true} "x" is not one JSON document: refused, not read up to where it stops making sense.
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .annotationIntrospector(new RequiredAlwaysWritten())
                // No request property of the spec is nullable: {"isAdmin": null} is a wrong type, not "unchanged".
                .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL))
                .build();
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    /** Reads the generator's {@code @JsonProperty(required = true)} as "write even when null". */
    private static final class RequiredAlwaysWritten extends JacksonAnnotationIntrospector {

        private static final long serialVersionUID = 1L;

        @Override
        public JsonInclude.Value findPropertyInclusion(Annotated annotated) {
            JsonProperty property = _findAnnotation(annotated, JsonProperty.class);
            return property != null && property.required() ? JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, null)
                    : super.findPropertyInclusion(annotated);
        }
    }
}
