package io.github.teamauthkit.reference.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Secrets: metadata in the clear, values as ciphertext made by the caller. */
public final class SecretStore {

    private static final String COLUMNS = "SELECT name, created_at, updated_at FROM secret";
    private static final String COLUMNS_AND_EPOCH = "SELECT name, created_at, updated_at, " + AuthEpoch.CURRENT + " FROM secret";

    private SecretStore() {
    }

    /**
     * One page of a team's secrets, ordered by creation time, then name; the statement also reads the
     * {@link AuthEpoch}, for {@link Database#readCarryingEpoch}.
     *
     * @param connection the transaction
     * @param teamId     the team
     * @param page       which page
     * @return the secrets' metadata
     * @throws SQLException on a database error
     */
    public static PageRequest.Slice<SecretRecord> page(Connection connection, String teamId, PageRequest page) throws SQLException {
        return page.slice(Jdbc.listCarryingEpoch(connection, COLUMNS_AND_EPOCH + " WHERE team_id = ?" + page.after("created_at", "name")
                + page.orderAndLimit("created_at", "name"), SecretStore::map, page.parameters(teamId)));
    }

    /**
     * Finds a secret's metadata.
     *
     * @param connection the transaction
     * @param teamId     the team
     * @param name       the secret's name
     * @return the metadata, if the secret exists
     * @throws SQLException on a database error
     */
    public static Optional<SecretRecord> find(Connection connection, String teamId, String name) throws SQLException {
        return Jdbc.one(connection, COLUMNS + " WHERE team_id = ? AND name = ?", SecretStore::map, teamId, name);
    }

    /**
     * Creates a secret.
     *
     * @param connection the transaction
     * @param teamId     the team
     * @param name       the secret's name
     * @param ciphertext the encrypted value
     * @param now        the creation time
     * @return false when the team already has a secret of that name
     * @throws SQLException on a database error
     */
    public static boolean insert(Connection connection, String teamId, String name, String ciphertext, OffsetDateTime now)
            throws SQLException {
        try {
            Jdbc.update(connection, "INSERT INTO secret (team_id, name, ciphertext, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                    teamId, name, ciphertext, now, now);
            return true;
        } catch (SQLException e) {
            if (Jdbc.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Replaces a secret's value.
     *
     * @param connection the transaction
     * @param teamId     the team
     * @param name       the secret's name
     * @param ciphertext the encrypted new value
     * @param now        the update time
     * @return whether the secret exists
     * @throws SQLException on a database error
     */
    public static boolean update(Connection connection, String teamId, String name, String ciphertext, OffsetDateTime now)
            throws SQLException {
        return Jdbc.update(connection, "UPDATE secret SET ciphertext = ?, updated_at = ? WHERE team_id = ? AND name = ?",
                ciphertext, now, teamId, name) == 1;
    }

    /**
     * Deletes a secret.
     *
     * @param connection the transaction
     * @param teamId     the team
     * @param name       the secret's name
     * @return whether the secret existed
     * @throws SQLException on a database error
     */
    public static boolean delete(Connection connection, String teamId, String name) throws SQLException {
        return Jdbc.update(connection, "DELETE FROM secret WHERE team_id = ? AND name = ?", teamId, name) == 1;
    }

    private static SecretRecord map(ResultSet row) throws SQLException {
        return new SecretRecord(row.getString(1), row.getObject(2, OffsetDateTime.class), row.getObject(3, OffsetDateTime.class));
    }
}
