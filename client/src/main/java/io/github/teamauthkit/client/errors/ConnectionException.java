package io.github.teamauthkit.client.errors;

/** No usable response: the connection failed, dropped, or timed out. {@link #status()} is 0. */
public final class ConnectionException extends TeamAuthException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, naming the request (never its body or credentials)
     * @param cause   the underlying I/O failure
     */
    public ConnectionException(String message, Throwable cause) {
        super(message, 0, null, null, cause);
    }
}
