package io.github.teamauthkit.server.runtime;

import java.util.Arrays;

/**
 * The errors of the API: each with its HTTP status, the spec's {@code ErrorCode} it is sent with
 * (tRPC's codes, which Paperspace's CLI requires: so 415 and 503 share the codes of 400 and 500),
 * and a message safe to show anyone.
 */
public enum ErrorCode {
    /** 400 {@code BAD_REQUEST}. */
    BAD_REQUEST(400, "BAD_REQUEST", "The request is malformed."),
    /** 401 {@code UNAUTHORIZED}. */
    UNAUTHORIZED(401, "UNAUTHORIZED", "The API key is missing, unknown or revoked."),
    /** 403 {@code FORBIDDEN}. */
    FORBIDDEN(403, "FORBIDDEN", "The API key may not do this."),
    /** 404 {@code NOT_FOUND}. */
    NOT_FOUND(404, "NOT_FOUND", "Nothing exists at this path."),
    /** 405 {@code METHOD_NOT_SUPPORTED}. */
    METHOD_NOT_SUPPORTED(405, "METHOD_NOT_SUPPORTED", "This path does not support this method."),
    /** 409 {@code CONFLICT}. */
    CONFLICT(409, "CONFLICT", "The request conflicts with the current state."),
    /** 413 {@code PAYLOAD_TOO_LARGE}. */
    PAYLOAD_TOO_LARGE(413, "PAYLOAD_TOO_LARGE", "The request body is too large."),
    /** 415 {@code BAD_REQUEST}: tRPC's list has no code of its own for it. */
    UNSUPPORTED_MEDIA_TYPE(415, "BAD_REQUEST", "Send the body as application/json."),
    /** 429 {@code TOO_MANY_REQUESTS}. */
    TOO_MANY_REQUESTS(429, "TOO_MANY_REQUESTS", "Too many requests; retry later."),
    /** 500 {@code INTERNAL_SERVER_ERROR}. */
    INTERNAL_SERVER_ERROR(500, "INTERNAL_SERVER_ERROR", "The server failed to handle the request."),
    /** 503 {@code INTERNAL_SERVER_ERROR} with {@code Retry-After}: tRPC's list has no code of its own for it. */
    SERVICE_UNAVAILABLE(503, "INTERNAL_SERVER_ERROR", "The service is unavailable for a moment; retry after the time given.");

    private final int status;
    private final String code;
    private final String defaultMessage;

    ErrorCode(int status, String code, String defaultMessage) {
        this.status = status;
        this.code = code;
        this.defaultMessage = defaultMessage;
    }

    /**
     * The HTTP status this error is sent with.
     *
     * @return the status code
     */
    public int status() {
        return status;
    }

    /**
     * The body's {@code code}, one of the spec's {@code ErrorCode} values.
     *
     * @return the code as sent
     */
    public String code() {
        return code;
    }

    /**
     * A generic message for this error that reveals nothing about the request.
     *
     * @return the message
     */
    public String defaultMessage() {
        return defaultMessage;
    }

    /**
     * The error for an HTTP error status; statuses without one of their own map to
     * {@link #BAD_REQUEST} (4xx) or {@link #INTERNAL_SERVER_ERROR} (5xx).
     *
     * @param status an HTTP status of 400 or more
     * @return the matching error
     */
    public static ErrorCode forStatus(int status) {
        return Arrays.stream(values())
                .filter(c -> c.status == status)
                .findFirst()
                .orElse(status < 500 ? BAD_REQUEST : INTERNAL_SERVER_ERROR);
    }
}
