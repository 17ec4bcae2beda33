package io.github.teamauthkit.client.errors;

import java.net.http.HttpHeaders;

/** 404: the member or secret does not exist. */
public final class NotFoundException extends TeamAuthException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param error   the parsed error body
     * @param headers the response headers
     */
    public NotFoundException(ApiErrorBody error, HttpHeaders headers) {
        super(404, error, headers);
    }
}
