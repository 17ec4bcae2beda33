package io.github.teamauthkit.server.runtime;

import java.util.Map;

/**
 * Thrown by implementations to answer an error the spec documents, e.g.
 * {@code throw new ApiErrorException(ErrorCode.CONFLICT, "A secret named HF_TOKEN already exists.")}.
 *
 * <p>The message is sent to the client: never put a secret value or an API key in it.
 */
public class ApiErrorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final transient Map<String, Object> details;

    /**
     * Creates an error with a message for the client.
     *
     * @param code    the error code, which decides the status
     * @param message a message for the client
     */
    public ApiErrorException(ErrorCode code, String message) {
        this(code, message, Map.of());
    }

    /**
     * Creates an error with a message and structured details for the client.
     *
     * @param code    the error code, which decides the status
     * @param message a message for the client
     * @param details structured context, e.g. {@code Map.of("field", "name")}
     */
    public ApiErrorException(ErrorCode code, String message, Map<String, Object> details) {
        super(message, null, false, false);
        this.code = code;
        this.details = Map.copyOf(details);
    }

    /**
     * The error code.
     *
     * @return the code
     */
    public ErrorCode code() {
        return code;
    }

    /**
     * Structured context sent as {@code details}; empty when there is none.
     *
     * @return the details
     */
    public Map<String, Object> details() {
        return details;
    }
}
