package io.github.teamauthkit.reference.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** Teams. */
public final class TeamStore {

    private static final String COLUMNS = "SELECT id, name, namespace FROM team";

    private TeamStore() {
    }

    /**
     * Finds a team.
     *
     * @param connection the transaction
     * @param id         the team id
     * @return the team, if it exists
     * @throws SQLException on a database error
     */
    public static Optional<TeamRecord> find(Connection connection, String id) throws SQLException {
        return Jdbc.one(connection, COLUMNS + " WHERE id = ?",
                row -> new TeamRecord(row.getString(1), row.getString(2), row.getString(3)), id);
    }

    /**
     * Locks a team's row until the transaction ends, so that checks across its members (the last
     * admin) hold against concurrent requests, in this process or another one on the same database.
     *
     * @param connection the transaction
     * @param id         the team id
     * @throws SQLException on a database error
     */
    public static void lock(Connection connection, String id) throws SQLException {
        Jdbc.list(connection, "SELECT id FROM team WHERE id = ? FOR UPDATE", row -> row.getString(1), id);
    }

    /**
     * Creates a team or updates its name and namespace.
     *
     * @param connection the transaction
     * @param team       the team
     * @throws SQLException on a database error
     */
    public static void upsert(Connection connection, TeamRecord team) throws SQLException {
        if (Jdbc.update(connection, "UPDATE team SET name = ?, namespace = ? WHERE id = ?", team.name(), team.namespace(), team.id()) == 0) {
            Jdbc.update(connection, "INSERT INTO team (id, name, namespace) VALUES (?, ?, ?)", team.id(), team.name(), team.namespace());
        }
    }

    /**
     * Whether the database holds no team yet.
     *
     * @param connection the transaction
     * @return true on a fresh database
     * @throws SQLException on a database error
     */
    public static boolean none(Connection connection) throws SQLException {
        return Jdbc.one(connection, "SELECT COUNT(*) FROM team", row -> row.getLong(1)).orElse(0L) == 0;
    }
}
