package io.github.teamauthkit.reference.store;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * The database cannot be reached (no connection within the wait, or the connection broke): the
 * request may succeed later, so it is answered 503 with {@code Retry-After}, not 500.
 */
public final class DatabaseUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** H2's "The database has been closed": what every later statement gets after its store failed to write. */
    private static final int H2_DATABASE_CLOSED = 90098;

    DatabaseUnavailableException(SQLException cause) {
        super("database unavailable (SQLState " + cause.getSQLState() + ")" + storageFailure(cause).map(io -> ": " + io.getMessage())
                .orElse(""), cause);
    }

    /**
     * Whether a failure says the database is out of reach: a connection wait that timed out, SQLState
     * class 08, or storage that refused a write (a full disk); see {@link #isStorageFailure}.
     */
    static boolean describes(SQLException e) {
        return e instanceof SQLTransientConnectionException || e.getSQLState() != null && e.getSQLState().startsWith("08")
                || isStorageFailure(e);
    }

    /**
     * Whether the embedded database failed to write its file (disk full, file size limit) or closed
     * itself after such a failure: it then answers nothing until reopened, so the pool's connections
     * must be replaced, and the request may succeed once there is space again.
     */
    static boolean isStorageFailure(SQLException e) {
        return e.getErrorCode() == H2_DATABASE_CLOSED || storageFailure(e).isPresent();
    }

    private static Optional<IOException> storageFailure(Throwable e) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = e; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return Optional.of(io);
            }
        }
        return Optional.empty();
    }
}
