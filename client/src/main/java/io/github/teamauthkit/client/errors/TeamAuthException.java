package io.github.teamauthkit.client.errors;

import java.net.http.HttpHeaders;
import java.util.Map;

/**
 * Any error the client reports: an error status from the API, a status the spec does not document,
 * or a network failure. Unchecked. Its message names the status and the server's code and message;
 * it never holds the API key or a secret value.
 */
public class TeamAuthException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final ApiErrorBody error;
    private final transient HttpHeaders headers;

    /**
     * An error answered by the API.
     *
     * @param status  the HTTP status
     * @param error   the parsed error body
     * @param headers the response headers
     */
    public TeamAuthException(int status, ApiErrorBody error, HttpHeaders headers) {
        this(status + " " + error.code() + ": " + error.message(), status, error, headers, null);
    }

    /**
     * An error with its own message.
     *
     * @param message what happened
     * @param status  the HTTP status, or 0 when no response arrived
     * @param error   the parsed error body, or null
     * @param headers the response headers, or null
     * @param cause   the underlying failure, or null
     */
    protected TeamAuthException(String message, int status, ApiErrorBody error, HttpHeaders headers, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.error = error != null ? error : new ApiErrorBody("UNKNOWN", message, Map.of());
        this.headers = headers != null ? headers : HttpHeaders.of(Map.of(), (name, value) -> true);
    }

    /**
     * The HTTP status; 0 when no response arrived.
     *
     * @return the status
     */
    public int status() {
        return status;
    }

    /**
     * The error body's code, e.g. {@code NOT_FOUND}.
     *
     * @return the code
     */
    public String code() {
        return error.code();
    }

    /**
     * The parsed error body.
     *
     * @return the body
     */
    public ApiErrorBody error() {
        return error;
    }

    /**
     * The response headers; empty when no response arrived.
     *
     * @return the headers
     */
    public HttpHeaders headers() {
        return headers;
    }
}
