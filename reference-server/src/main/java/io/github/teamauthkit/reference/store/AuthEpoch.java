package io.github.teamauthkit.reference.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The value that changes whenever a cached key lookup may have gone stale (the {@code auth_epoch} table): a key
 * revoked, a member removed or changed. Replaced in the transaction that makes the change, by a random value rather
 * than the next number, so that a database restored or recreated under running servers never matches a value they
 * cached under other data.
 */
final class AuthEpoch {

    /** The current value as a scalar subquery, to read it in the same statement as a request's data. */
    static final String CURRENT = "(SELECT epoch FROM auth_epoch WHERE id = 1)";

    private AuthEpoch() {
    }

    /** Replaces the migration's initial 0 by a random stamp, once: a database created anew starts unlike any other. */
    static void randomizeInitial(Connection connection) throws SQLException {
        Jdbc.update(connection, "UPDATE auth_epoch SET epoch = ? WHERE id = 1 AND epoch = 0", ThreadLocalRandom.current().nextLong());
    }

    static void advance(Connection connection) throws SQLException {
        Jdbc.update(connection, "UPDATE auth_epoch SET epoch = ? WHERE id = 1", ThreadLocalRandom.current().nextLong());
    }

    static long current(Connection connection) throws SQLException {
        return Jdbc.one(connection, "SELECT " + CURRENT, row -> row.getLong(1))
                .orElseThrow(() -> new SQLException("auth_epoch has no row"));
    }
}
