package io.github.teamauthkit.reference.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** API keys, stored as hashes. */
public final class ApiKeyStore {

    private ApiKeyStore() {
    }

    /**
     * Adds a key unless a key with the same hash exists.
     *
     * @param connection the transaction
     * @param id         the key's id
     * @param keyHash    the key's hash
     * @param teamId     the owner's team
     * @param userId     the owner
     * @param now        the creation time
     * @return whether the key was added
     * @throws SQLException on a database error
     */
    public static boolean insertIfAbsent(Connection connection, String id, String keyHash, String teamId, String userId,
            OffsetDateTime now) throws SQLException {
        if (Jdbc.one(connection, "SELECT id FROM api_key WHERE key_hash = ?", row -> row.getString(1), keyHash).isPresent()) {
            return false;
        }
        Jdbc.update(connection, "INSERT INTO api_key (id, key_hash, team_id, user_id, created_at) VALUES (?, ?, ?, ?, ?)",
                id, keyHash, teamId, userId, now);
        return true;
    }

    /**
     * The member an active key belongs to, with the {@link AuthEpoch} read in the same statement: a lookup may be
     * cached and reused while the epoch stays the same.
     *
     * @param connection the transaction
     * @param keyHash    the presented key's hash
     * @return the holder, unless the key is unknown or revoked
     * @throws SQLException on a database error
     */
    public static Optional<KeyHolder.AtEpoch> holder(Connection connection, String keyHash) throws SQLException {
        // The namespace counts only when it is one of the team's addresses (see TeamStore.upsert).
        return Jdbc.one(connection, "SELECT k.id, m.team_id, a.address, m.user_id, m.is_admin, " + AuthEpoch.CURRENT + " FROM api_key k "
                + "JOIN member m ON m.team_id = k.team_id AND m.user_id = k.user_id "
                + "JOIN team t ON t.id = m.team_id "
                + "LEFT JOIN team_address a ON a.address = t.namespace AND a.team_id = t.id "
                + "WHERE k.key_hash = ? AND k.revoked_at IS NULL",
                row -> new KeyHolder.AtEpoch(new KeyHolder(row.getString(1), row.getString(2),
                        row.getString(3) == null ? row.getString(2) : row.getString(3), row.getString(4), row.getBoolean(5)),
                        row.getLong(6)), keyHash);
    }

    /**
     * Revokes a key.
     *
     * @param connection the transaction
     * @param id         the key's id
     * @param now        the revocation time
     * @return whether an active key with that id existed
     * @throws SQLException on a database error
     */
    public static boolean revoke(Connection connection, String id, OffsetDateTime now) throws SQLException {
        if (Jdbc.update(connection, "UPDATE api_key SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", now, id) != 1) {
            return false;
        }
        AuthEpoch.advance(connection);
        return true;
    }

    /**
     * The keys of a team, oldest first.
     *
     * @param connection the transaction
     * @param teamId     the team
     * @return its keys, active and revoked
     * @throws SQLException on a database error
     */
    public static List<ApiKeyRecord> list(Connection connection, String teamId) throws SQLException {
        return Jdbc.list(connection, "SELECT id, team_id, user_id, created_at, revoked_at FROM api_key WHERE team_id = ? "
                + "ORDER BY created_at, id", row -> new ApiKeyRecord(row.getString(1), row.getString(2), row.getString(3),
                        row.getObject(4, OffsetDateTime.class), row.getObject(5, OffsetDateTime.class)), teamId);
    }
}
