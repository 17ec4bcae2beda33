package io.github.teamauthkit.client.errors;

import java.net.http.HttpHeaders;

/**
 * A status the spec does not document for the operation (e.g. 201 where it documents 200), or
 * the documented one with a body the spec does not describe: the server has drifted from the
 * contract, so its answer cannot be trusted.
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

    private UnexpectedStatusException(String message, int status, HttpHeaders headers) {
        super(message, status, null, headers, null);
    }

    /**
     * The documented success status with a body the spec does not describe: the server has drifted.
     *
     * @param operation the operation's operationId in the spec
     * @param status    the status received
     * @param problem   what is wrong and where, without any value from the body
     * @param headers   the response headers
     * @return the exception
     */
    public static UnexpectedStatusException bodyNotAsDocumented(String operation, int status, String problem, HttpHeaders headers) {
        return new UnexpectedStatusException(operation + " answered " + status + " with a body the spec does not describe: "
                + problem, status, headers);
    }

    /**
     * A paged list whose walk cannot end: a {@code nextPage} answered again, or more pages than a walk follows.
     *
     * @param problem what the walk saw, without any value from the server
     * @return the exception
     */
    public static UnexpectedStatusException walkDoesNotEnd(String problem) {
        return new UnexpectedStatusException(problem, 200, null);
    }
}
