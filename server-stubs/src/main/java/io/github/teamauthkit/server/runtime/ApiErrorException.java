package io.github.teamauthkit.server.runtime;


/**
 * Thrown by implementations to answer an error the spec documents, e.g.
 * {@code throw new ApiErrorException(ErrorCode.CONFLICT, "A secret named HF_TOKEN already exists.")}.
 *
 * <p>The message is sent to the client: never put a secret value or an API key in it.
 */
public class ApiErrorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    /**
     * Creates an error with a message for the client.
     *
     * @param code    the error code, which decides the status
     * @param message a message for the client
     */
    public ApiErrorException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /**
     * The error code.
     *
     * @return the code
     */
    public ErrorCode code() {
        return code;
    }
}
