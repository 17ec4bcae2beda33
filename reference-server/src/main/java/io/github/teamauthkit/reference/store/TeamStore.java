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
     * The id of the team a path may address by this id or namespace, as the API's paths address teams.
     *
     * @param connection the transaction
     * @param address    a team id or namespace
     * @return the team's id, if a team has that address
     * @throws SQLException on a database error
     */
    public static Optional<String> idAt(Connection connection, String address) throws SQLException {
        return Jdbc.one(connection, "SELECT team_id FROM team_address WHERE address = ?", row -> row.getString(1), address);
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
     * Creates a team or updates its name and namespace. Its id and namespace are the addresses it
     * answers to in paths, so neither may be another team's id or namespace.
     *
     * @param connection the transaction
     * @param team       the team
     * @throws IllegalArgumentException when the id or namespace is another team's address, or no path could carry it
     * @throws SQLException             on a database error
     */
    public static void upsert(Connection connection, TeamRecord team) throws SQLException {
        PathIds.require("team id", team.id());
        PathIds.require("team " + team.id() + ": namespace", team.namespace());
        Optional<TeamRecord> before = find(connection, team.id());
        requireFree(connection, team.id(), "id", team);
        requireFree(connection, team.namespace(), "namespace", team);
        if (before.isPresent()) {
            Jdbc.update(connection, "UPDATE team SET name = ?, namespace = ? WHERE id = ?", team.name(), team.namespace(), team.id());
        } else {
            Jdbc.update(connection, "INSERT INTO team (id, name, namespace) VALUES (?, ?, ?)", team.id(), team.name(), team.namespace());
            Jdbc.update(connection, "INSERT INTO team_address (address, team_id) VALUES (?, ?)", team.id(), team.id());
        }
        String oldNamespace = before.map(TeamRecord::namespace).orElse(null);
        if (!team.namespace().equals(oldNamespace)) {
            if (oldNamespace != null && !oldNamespace.equals(team.id())) {
                Jdbc.update(connection, "DELETE FROM team_address WHERE address = ? AND team_id = ?", oldNamespace, team.id());
                // Cached key lookups carry the old namespace: they must not address the team by it any more.
                AuthEpoch.advance(connection);
            }
            if (!team.namespace().equals(team.id())) {
                Jdbc.update(connection, "INSERT INTO team_address (address, team_id) VALUES (?, ?)", team.namespace(), team.id());
            }
        }
    }

    /** A clear refusal before the primary key's (which still decides between concurrent writers). */
    private static void requireFree(Connection connection, String address, String what, TeamRecord team) throws SQLException {
        Optional<String> owner = idAt(connection, address);
        if (owner.isPresent() && !owner.get().equals(team.id())) {
            throw new IllegalArgumentException("team " + team.id() + ": the " + what + " " + address
                    + " is already the id or namespace of team " + owner.get() + " (ids and namespaces address teams, so they never repeat)");
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
