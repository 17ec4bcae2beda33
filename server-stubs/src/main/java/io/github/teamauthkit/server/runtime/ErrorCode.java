package io.github.teamauthkit.server.runtime;

import java.util.Arrays;

/** The error codes of the API, each with its HTTP status and a message safe to show anyone. */
public enum ErrorCode {
    /** 400. */
    BAD_REQUEST(400, "The request is malformed."),
    /** 401. */
    UNAUTHORIZED(401, "The API key is missing, unknown or revoked."),
    /** 403. */
    FORBIDDEN(403, "The API key may not do this."),
    /** 404. */
    NOT_FOUND(404, "Nothing exists at this path."),
    /** 405. */
    METHOD_NOT_ALLOWED(405, "This path does not support this method."),
    /** 406. */
    NOT_ACCEPTABLE(406, "The API answers application/json only."),
    /** 409. */
    CONFLICT(409, "The request conflicts with the current state."),
    /** 413. */
    PAYLOAD_TOO_LARGE(413, "The request body is too large."),
    /** 415. */
    UNSUPPORTED_MEDIA_TYPE(415, "Send the body as application/json."),
    /** 429. */
    TOO_MANY_REQUESTS(429, "Too many requests; retry later."),
    /** 500. */
    INTERNAL_SERVER_ERROR(500, "The server failed to handle the request."),
    SERVICE_UNAVAILABLE(503, "The service is unavailable for a moment; retry after the time given.");

    private final int status;
    private final String defaultMessage;

    ErrorCode(int status, String defaultMessage) {
        this.status = status;
        this.defaultMessage = defaultMessage;
    }

    /**
     * The HTTP status this code is sent with.
     *
     * @return the status code
     */
    public int status() {
        return status;
    }

    /**
     * A generic message for this code that reveals nothing about the request.
     *
     * @return the message
     */
    public String defaultMessage() {
        return defaultMessage;
    }

    /**
     * The code for an HTTP error status; statuses without a code of their own map to
     * {@link #BAD_REQUEST} (4xx) or {@link #INTERNAL_SERVER_ERROR} (5xx).
     *
     * @param status an HTTP status of 400 or more
     * @return the matching code
     */
    public static ErrorCode forStatus(int status) {
        return Arrays.stream(values())
                .filter(c -> c.status == status)
                .findFirst()
                .orElse(status < 500 ? BAD_REQUEST : INTERNAL_SERVER_ERROR);
    }
}
