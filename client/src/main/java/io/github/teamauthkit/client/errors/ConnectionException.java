package io.github.teamauthkit.client.errors;

/** No usable response: the connection failed, dropped, or timed out. {@link #status()} is 0. */
public final class ConnectionException extends TeamAuthException {

    private static final long serialVersionUID = 1L;

    private final boolean mayHaveBeenActedOn;

    /**
     * Creates the exception.
     *
     * @param message            what failed, naming the request (never its body or credentials)
     * @param mayHaveBeenActedOn whether the request changes something and reached the server, so that the change may
     *                           have been made though no answer came
     * @param cause              the underlying I/O failure
     */
    public ConnectionException(String message, boolean mayHaveBeenActedOn, Throwable cause) {
        super(message, 0, null, null, cause);
        this.mayHaveBeenActedOn = mayHaveBeenActedOn;
    }

    /**
     * Whether the server may have made the change though its answer never came: a create, update or delete that was
     * sent (the client does not repeat a create then). False for reads and for requests that never left.
     *
     * @return true when the caller must find out whether the change happened before making it again
     */
    public boolean mayHaveBeenActedOn() {
        return mayHaveBeenActedOn;
    }
}
