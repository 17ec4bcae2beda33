package io.github.teamauthkit.reference.http;

import io.github.teamauthkit.reference.store.DatabaseUnavailableException;
import io.github.teamauthkit.server.runtime.ApiErrors;
import io.github.teamauthkit.server.runtime.ErrorCode;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** The database out of reach is the service briefly unavailable: 503 with {@code Retry-After}, which clients retry. */
public final class DatabaseUnavailableMapper implements ExceptionMapper<DatabaseUnavailableException> {

    /** Seconds to wait: the pool retries the database in the background, so it is back about as soon as the database. */
    static final String RETRY_AFTER_SECONDS = "2";

    private static final System.Logger LOG = System.getLogger(DatabaseUnavailableMapper.class.getName());

    @Override
    public Response toResponse(DatabaseUnavailableException e) {
        return answer(e);
    }

    /**
     * The answer to a request the database could not serve; logs why.
     *
     * @param e what went wrong
     * @return a 503 with {@code Retry-After}
     */
    public static Response answer(DatabaseUnavailableException e) {
        LOG.log(System.Logger.Level.WARNING, e.getMessage());
        return ApiErrors.of(ErrorCode.SERVICE_UNAVAILABLE, "The database is unavailable; retry in " + RETRY_AFTER_SECONDS
                + " seconds.").header("Retry-After", RETRY_AFTER_SECONDS).build();
    }
}
