package io.github.teamauthkit.client.internal;

import com.fasterxml.jackson.databind.JavaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One call of an operation: its endpoint, path parameters in order, query parameters, an optional
 * body, what to read back, and the values that must never be shown.
 *
 * @param endpoint       the operation
 * @param pathParameters the path's parameters, in order
 * @param query          query parameters in order; null values are left out
 * @param body           the request body, or null
 * @param responseType   the data type, or null for none
 * @param secrets        values to redact from anything shown
 * @param <T>            the data type
 */
public record Call<T>(Endpoint endpoint, List<String> pathParameters, List<Map.Entry<String, Object>> query, Object body,
        JavaType responseType, List<String> secrets) {

    /**
     * A call as the generator writes it.
     *
     * @param endpoint       the operation
     * @param pathParameters the path's parameters, in order
     * @param query          query parameters as name, value, name, value…
     * @param body           the request body, or null
     * @param responseType   the data type, or null for none
     * @param secrets        values to redact from anything shown
     * @param <T>            the data type
     * @return the call
     */
    public static <T> Call<T> of(Endpoint endpoint, List<String> pathParameters, Object[] query, Object body, JavaType responseType,
            String... secrets) {
        List<Map.Entry<String, Object>> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < query.length; i += 2) {
            if (query[i + 1] != null) {
                pairs.add(Map.entry((String) query[i], query[i + 1]));
            }
        }
        return new Call<>(endpoint, List.copyOf(pathParameters), List.copyOf(pairs), body, responseType,
                List.of(secrets).stream().filter(s -> s != null).toList());
    }

    /**
     * Refuses a required argument that is null before anything is sent, naming it (never its value).
     *
     * @param value the argument
     * @param name  the parameter's name in the spec
     * @throws IllegalArgumentException when the value is null
     */
    public static void require(Object value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required, but was null");
        }
    }
}
