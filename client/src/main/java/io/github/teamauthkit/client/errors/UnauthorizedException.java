package io.github.teamauthkit.client.errors;

import java.net.http.HttpHeaders;

/** 401: the API key is missing, unknown or revoked. */
public final class UnauthorizedException extends TeamAuthException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param error   the parsed error body
     * @param headers the response headers
     */
    public UnauthorizedException(ApiErrorBody error, HttpHeaders headers) {
        super(401, error, headers);
    }
}
