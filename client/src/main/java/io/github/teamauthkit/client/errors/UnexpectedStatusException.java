package io.github.teamauthkit.client.errors;

import java.net.http.HttpHeaders;

/**
 * A status the spec does not document for the operation, e.g. 200 where it documents 201: the
 * server has drifted from the contract, so its answer cannot be trusted.
 */
public final class UnexpectedStatusException extends TeamAuthException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param operation the operation's operationId in the spec
     * @param status    the status received
     * @param error     the parsed body, when it was an error body
     * @param headers   the response headers
     */
    public UnexpectedStatusException(String operation, int status, ApiErrorBody error, HttpHeaders headers) {
        super(operation + " answered " + status + ", which the spec does not document for it", status, error, headers, null);
    }
}
