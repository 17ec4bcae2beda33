package io.github.teamauthkit.client.errors;

/**
 * The API key cannot be sent: it holds a character an HTTP header cannot carry (a zero-width space
 * or line break copied with it, say). The message says which and where, never the key.
 */
public final class InvalidApiKeyException extends TeamAuthException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, without the key
     */
    public InvalidApiKeyException(String message) {
        super(message, 0, null, null, null);
    }
}
