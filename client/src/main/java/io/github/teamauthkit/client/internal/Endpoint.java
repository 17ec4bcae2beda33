package io.github.teamauthkit.client.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One operation as the client calls it: method, path, the success status and every status the spec
 * documents, and whether a retry is safe. The generated {@code Operations} table holds one per operation.
 *
 * @param operationId the spec's operationId
 * @param method      the HTTP method
 * @param path        the path template below the base URL
 * @param success     the one success status the spec documents
 * @param retrySafe   whether repeating the request after an answered failure is safe
 * @param anyError    whether the spec declares a {@code default} response: then every 4xx and 5xx is
 *                    an error in the {@code Error} shape, not only the listed ones
 * @param dataRequired whether the success body must hold data (not empty, not {@code null})
 * @param errors      the error statuses the spec lists
 */
public record Endpoint(String operationId, String method, String path, int success, boolean retrySafe, boolean anyError,
        boolean dataRequired, Set<Integer> errors) {

    /**
     * Whether a status is one of this operation's documented errors.
     *
     * @param status the HTTP status
     * @return true for a listed error, or any 4xx/5xx when the spec declares a default response
     */
    public boolean documentsError(int status) {
        return errors.contains(status) || anyError && status >= 400 && status <= 599;
    }

    /**
     * An endpoint as the generator writes it.
     *
     * @param operationId the spec's operationId
     * @param method      the HTTP method
     * @param path        the path template
     * @param success     the success status
     * @param retrySafe   the spec's {@code x-retry-safe} ("true" or "false"), or empty: then every
     *                    method but POST is safe to repeat
     * @param fallback    {@code "default"} when the spec declares a default response, else empty
     * @param data        {@code "required"} when the success response has a schema that is not nullable, else empty
     * @param errors      the listed error statuses
     * @return the endpoint
     */
    public static Endpoint of(String operationId, String method, String path, int success, String retrySafe, String fallback,
            String data, int... errors) {
        boolean safe = retrySafe.isEmpty() ? !"POST".equals(method) : Boolean.parseBoolean(retrySafe);
        return new Endpoint(operationId, method, path, success, safe, "default".equals(fallback), "required".equals(data),
                Arrays.stream(errors).boxed().collect(Collectors.toUnmodifiableSet()));
    }
}
