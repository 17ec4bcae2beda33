package io.github.teamauthkit.reference.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** The stored check value of the master key, and one stored secret to verify a 1.x database by. */
public final class MasterKeyCheckStore {

    private MasterKeyCheckStore() {
    }

    /**
     * The check value, if one was stored.
     *
     * @param connection the transaction
     * @return the check value
     * @throws SQLException on a database error
     */
    public static Optional<String> find(Connection connection) throws SQLException {
        return Jdbc.one(connection, "SELECT check_value FROM master_key_check WHERE id = 1", row -> row.getString(1));
    }

    /**
     * Stores the check value. Another server may store one at the same moment: then this fails
     * (unique violation), and the caller reads the one that won.
     *
     * @param connection the transaction
     * @param checkValue the check value
     * @throws SQLException on a database error
     */
    public static void insert(Connection connection, String checkValue) throws SQLException {
        Jdbc.update(connection, "INSERT INTO master_key_check (id, check_value) VALUES (1, ?)", checkValue);
    }

    /**
     * Any one stored secret: its team, name and ciphertext.
     *
     * @param connection the transaction
     * @return {team id, name, ciphertext}, if any secret exists
     * @throws SQLException on a database error
     */
    public static Optional<String[]> anySecret(Connection connection) throws SQLException {
        return Jdbc.one(connection, "SELECT team_id, name, ciphertext FROM secret ORDER BY team_id, name LIMIT 1",
                row -> new String[] {row.getString(1), row.getString(2), row.getString(3)});
    }
}
