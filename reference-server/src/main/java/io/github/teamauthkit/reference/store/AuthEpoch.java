package io.github.teamauthkit.reference.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The counter that changes whenever a cached key lookup may have gone stale (the {@code auth_epoch} table): a
 * key revoked, a member removed or changed. Incremented in the transaction that makes the change.
 */
final class AuthEpoch {

    /** The current value as a scalar subquery, to read it in the same statement as a request's data. */
    static final String CURRENT = "(SELECT epoch FROM auth_epoch WHERE id = 1)";

    private AuthEpoch() {
    }

    static void advance(Connection connection) throws SQLException {
        Jdbc.update(connection, "UPDATE auth_epoch SET epoch = epoch + 1 WHERE id = 1");
    }

    static long current(Connection connection) throws SQLException {
        return Jdbc.one(connection, "SELECT " + CURRENT, row -> row.getLong(1))
                .orElseThrow(() -> new SQLException("auth_epoch has no row"));
    }
}
