package io.github.teamauthkit.server.runtime;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Converts the spec's typed query parameters (integers and enums) so that a value that does not
 * convert is a 400 naming the parameter and what it accepts. Jakarta REST would answer 404 (as if
 * the resource did not exist), and the rejected value is never echoed: it came from outside.
 */
final class QueryParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = Arrays.stream(annotations).filter(QueryParam.class::isInstance).map(a -> ((QueryParam) a).value())
                .findFirst().orElse(null);
        if (name == null) {
            return null;
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) converter(name, "must be an integer", Integer::valueOf);
        }
        if (rawType.isEnum()) {
            Map<String, T> byValue = Arrays.stream(rawType.getEnumConstants())
                    .collect(Collectors.toMap(String::valueOf, Function.identity(), (a, b) -> a, LinkedHashMap::new));
            return converter(name, "must be one of " + String.join(", ", byValue.keySet()), value -> {
                T constant = byValue.get(value);
                if (constant == null) {
                    throw new IllegalArgumentException();
                }
                return constant;
            });
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(String name, String expectation, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    // Jersey asks for an absent parameter without a default: absent is null, as for a plain String.
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (IllegalArgumentException e) {
                    throw new BadRequestException(ApiErrors.of(ErrorCode.BAD_REQUEST, name + ": " + expectation).build());
                }
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }
}
