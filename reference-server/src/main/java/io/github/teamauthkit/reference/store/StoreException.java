package io.github.teamauthkit.reference.store;

import java.sql.SQLException;

/** A database failure the request cannot recover from; its message never holds request data. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StoreException(SQLException cause) {
        super("database error (SQLState " + cause.getSQLState() + ")", cause);
    }
}
