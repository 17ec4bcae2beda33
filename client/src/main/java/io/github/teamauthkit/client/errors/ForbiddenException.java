package io.github.teamauthkit.client.errors;

import java.net.http.HttpHeaders;

/** 403: the API key may not do this (another team's, or not an admin's). */
public final class ForbiddenException extends TeamAuthException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param error   the parsed error body
     * @param headers the response headers
     */
    public ForbiddenException(ApiErrorBody error, HttpHeaders headers) {
        super(403, error, headers);
    }
}
