package io.github.teamauthkit.reference.store;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * The database cannot be reached (no connection within the wait, or the connection broke): the
 * request may succeed later, so it is answered 503 with {@code Retry-After}, not 500.
 */
public final class DatabaseUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DatabaseUnavailableException(SQLException cause) {
        super("database unavailable (SQLState " + cause.getSQLState() + ")", cause);
    }

    /** Whether a failure says the database is out of reach: a connection wait that timed out, or SQLState class 08. */
    static boolean describes(SQLException e) {
        return e instanceof SQLTransientConnectionException || e.getSQLState() != null && e.getSQLState().startsWith("08");
    }
}
