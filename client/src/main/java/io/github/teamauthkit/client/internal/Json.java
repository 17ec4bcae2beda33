package io.github.teamauthkit.client.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The JSON mapping of the generated models: unknown fields ignored, nulls left out, ISO-8601 times, required fields there. */
public final class Json {

    private Json() {
    }

    /**
     * A new mapper for the models.
     *
     * @return the mapper
     */
    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
                .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("required-properties").setDeserializerModifier(new RequiredProperties()))
                .build();
    }

    /**
     * The Jackson type of a response, resolved once where the generated table declares it.
     *
     * @param type the type, e.g. {@code new TypeReference<List<Secret>>() {}}
     * @return the resolved type
     */
    public static JavaType type(TypeReference<?> type) {
        return TypeFactory.defaultInstance().constructType(type);
    }
}
