package io.github.teamauthkit.client.errors;

import java.net.http.HttpHeaders;

/** 400: the request broke the spec's rules (invalid input). */
public final class BadRequestException extends TeamAuthException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param error   the parsed error body
     * @param headers the response headers
     */
    public BadRequestException(ApiErrorBody error, HttpHeaders headers) {
        super(400, error, headers);
    }
}
