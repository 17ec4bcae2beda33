package io.github.teamauthkit.client.errors;

import java.net.http.HttpHeaders;

/** 5xx: the server failed. Safe requests were already retried when the status suggested it. */
public final class ServerException extends TeamAuthException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param status  the 5xx status
     * @param error   the parsed error body
     * @param headers the response headers
     */
    public ServerException(int status, ApiErrorBody error, HttpHeaders headers) {
        super(status, error, headers);
    }
}
