package io.github.teamauthkit.reference.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Team members. */
public final class MemberStore {

    private static final String COLUMNS = "SELECT team_id, user_id, email, first_name, last_name, is_admin, is_owner FROM member";

    private MemberStore() {
    }

    /**
     * The members of a team, ordered by user id.
     *
     * @param connection the transaction
     * @param teamId     the team
     * @return its members
     * @throws SQLException on a database error
     */
    public static List<MemberRecord> list(Connection connection, String teamId) throws SQLException {
        return Jdbc.list(connection, COLUMNS + " WHERE team_id = ? ORDER BY user_id", MemberStore::map, teamId);
    }

    /**
     * Finds a member.
     *
     * @param connection the transaction
     * @param teamId     the team
     * @param userId     the user
     * @return the member, if the user belongs to the team
     * @throws SQLException on a database error
     */
    public static Optional<MemberRecord> find(Connection connection, String teamId, String userId) throws SQLException {
        return Jdbc.one(connection, COLUMNS + " WHERE team_id = ? AND user_id = ?", MemberStore::map, teamId, userId);
    }

    /**
     * The number of admins of a team.
     *
     * @param connection the transaction
     * @param teamId     the team
     * @return how many members are admins
     * @throws SQLException on a database error
     */
    public static long admins(Connection connection, String teamId) throws SQLException {
        return Jdbc.one(connection, "SELECT COUNT(*) FROM member WHERE team_id = ? AND is_admin", row -> row.getLong(1), teamId)
                .orElse(0L);
    }

    /**
     * Creates a member or updates its details, admin status and ownership.
     *
     * @param connection the transaction
     * @param member     the member
     * @throws SQLException on a database error
     */
    public static void upsert(Connection connection, MemberRecord member) throws SQLException {
        if (Jdbc.update(connection, "UPDATE member SET email = ?, first_name = ?, last_name = ?, is_admin = ?, is_owner = ? "
                + "WHERE team_id = ? AND user_id = ?", member.email(), member.firstName(), member.lastName(), member.admin(),
                member.owner(), member.teamId(), member.userId()) == 0) {
            Jdbc.update(connection, "INSERT INTO member (team_id, user_id, email, first_name, last_name, is_admin, is_owner) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", member.teamId(), member.userId(), member.email(), member.firstName(),
                    member.lastName(), member.admin(), member.owner());
        }
    }

    /**
     * Removes a member; its API keys go with it.
     *
     * @param connection the transaction
     * @param teamId     the team
     * @param userId     the user
     * @throws SQLException on a database error
     */
    public static void remove(Connection connection, String teamId, String userId) throws SQLException {
        Jdbc.update(connection, "DELETE FROM member WHERE team_id = ? AND user_id = ?", teamId, userId);
    }

    private static MemberRecord map(ResultSet row) throws SQLException {
        return new MemberRecord(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                row.getBoolean(6), row.getBoolean(7));
    }
}
