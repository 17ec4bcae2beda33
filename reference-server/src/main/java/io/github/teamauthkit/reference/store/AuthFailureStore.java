package io.github.teamauthkit.reference.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Failed authentications per client address in fixed windows, counted in the database: every server
 * sharing it adds to and reads the same count.
 */
public final class AuthFailureStore {

    /**
     * A window of failures.
     *
     * @param start    when the window began, epoch milliseconds
     * @param failures the failures counted in it
     */
    public record Window(long start, int failures) {
    }

    private AuthFailureStore() {
    }

    /**
     * Counts one failure of an address; a window that ended starts again at this failure.
     *
     * @param database     the database
     * @param address      the client address
     * @param now          the time of the failure, epoch milliseconds
     * @param windowMillis the length of a window
     * @return the address's window, this failure counted
     */
    public static Window count(Database database, String address, long now, long windowMillis) {
        // Two servers may insert the first row of an address at once: the loser's insert fails, and its second try updates.
        for (int attempt = 0; ; attempt++) {
            Optional<Window> counted = database.transaction(connection -> count(connection, address, now, now - windowMillis));
            if (counted.isPresent() || attempt == 1) {
                return counted.orElseThrow();
            }
        }
    }

    /**
     * Takes back one failure counted in a window that is still the address's current one: the attempt it was
     * counted for before its key was looked up turned out to hold a valid key.
     *
     * @param database    the database
     * @param address     the client address
     * @param windowStart the start of the window the failure was counted in
     */
    public static void refund(Database database, String address, long windowStart) {
        database.transaction(connection -> Jdbc.update(connection,
                "UPDATE auth_failure SET failures = failures - 1 WHERE address = ? AND window_start = ? AND failures > 0",
                address, windowStart));
    }

    private static Optional<Window> count(Connection connection, String address, long now, long ended) throws SQLException {
        int updated = Jdbc.update(connection, "UPDATE auth_failure SET failures = CASE WHEN window_start <= ? THEN 1 ELSE failures + 1 END,"
                + " window_start = CASE WHEN window_start <= ? THEN ? ELSE window_start END WHERE address = ?", ended, ended, now, address);
        if (updated == 0) {
            Jdbc.update(connection, "DELETE FROM auth_failure WHERE window_start <= ?", ended);
            try {
                Jdbc.update(connection, "INSERT INTO auth_failure (address, window_start, failures) VALUES (?, ?, 1)", address, now);
            } catch (SQLException e) {
                if (Jdbc.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return Optional.empty();
                }
                throw e;
            }
        }
        return Jdbc.one(connection, "SELECT window_start, failures FROM auth_failure WHERE address = ?",
                row -> new Window(row.getLong(1), row.getInt(2)), address);
    }
}
