package io.github.teamauthkit.client.errors;

/** No API key was found in any of the places the client looks; the message names them. */
public final class MissingCredentialsException extends TeamAuthException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the places looked in
     */
    public MissingCredentialsException(String message) {
        super(message, 0, null, null, null);
    }
}
