package io.github.teamauthkit.server.runtime;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;

/** The last resort: logs the failure on the server and answers 500 with no detail. */
@Provider
final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final System.Logger LOG = System.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        LOG.log(Level.ERROR, "Unhandled " + e.getClass().getName() + " while serving a request", e);
        return ApiErrors.of(ErrorCode.INTERNAL_SERVER_ERROR).build();
    }
}
