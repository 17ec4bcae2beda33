package io.github.teamauthkit.client.errors;

import java.net.http.HttpHeaders;

/** 409: the request conflicts with the current state (a duplicate name, the last admin). */
public final class ConflictException extends TeamAuthException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param error   the parsed error body
     * @param headers the response headers
     */
    public ConflictException(ApiErrorBody error, HttpHeaders headers) {
        super(409, error, headers);
    }
}
