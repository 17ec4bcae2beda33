package io.github.teamauthkit.reference.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/** Team members. */
public final class MemberStore {

    private static final String SELECTED = "SELECT team_id, user_id, email, first_name, last_name, is_admin, is_owner, joined_at";
    private static final String COLUMNS = SELECTED + " FROM member";
    private static final String COLUMNS_AND_EPOCH = SELECTED + ", " + AuthEpoch.CURRENT + " FROM member";
    /** The member list's order: memberships whose start was never recorded (from 1.x) come first. */
    private static final String JOINED = "COALESCE(joined_at, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00')";
    private static final Map<String, String> ROLE_CONDITIONS = Map.of(
            "owner", " AND is_owner",
            "admin", " AND is_admin AND NOT is_owner",
            "member", " AND NOT is_admin");

    private MemberStore() {
    }

    /**
     * One page of a team's members, ordered by when they joined, then user id; the statement also reads the
     * {@link AuthEpoch}, for {@link Database#readCarryingEpoch}.
     *
     * @param connection the transaction
     * @param teamId     the team
     * @param role       keep only this role ({@code owner}, {@code admin}: other admins, {@code member}), or null
     * @param page       which page
     * @return the members
     * @throws SQLException on a database error
     */
    public static PageRequest.Slice<MemberRecord> page(Connection connection, String teamId, String role, PageRequest page)
            throws SQLException {
        String roleCondition = role == null ? "" : ROLE_CONDITIONS.get(role);
        return page.slice(Jdbc.listCarryingEpoch(connection, COLUMNS_AND_EPOCH + " WHERE team_id = ?" + roleCondition + page.after(JOINED, "user_id")
                + page.orderAndLimit(JOINED, "user_id"), MemberStore::map, page.parameters(teamId)));
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
     * The team's owner, if it has one.
     *
     * @param connection the transaction
     * @param teamId     the team
     * @return the owner's user id
     * @throws SQLException on a database error
     */
    public static Optional<String> owner(Connection connection, String teamId) throws SQLException {
        return Jdbc.one(connection, "SELECT user_id FROM member WHERE team_id = ? AND is_owner", row -> row.getString(1), teamId);
    }

    /**
     * Creates a member or updates its details, admin status and ownership; when it joined stays as first stored.
     *
     * @param connection the transaction
     * @param member     the member
     * @throws SQLException on a database error
     */
    public static void upsert(Connection connection, MemberRecord member) throws SQLException {
        PathIds.require("user id", member.userId());
        if (Jdbc.update(connection, "UPDATE member SET email = ?, first_name = ?, last_name = ?, is_admin = ?, is_owner = ? "
                + "WHERE team_id = ? AND user_id = ?", member.email(), member.firstName(), member.lastName(), member.admin(),
                member.owner(), member.teamId(), member.userId()) == 0) {
            Jdbc.update(connection, "INSERT INTO member (team_id, user_id, email, first_name, last_name, is_admin, is_owner, "
                    + "joined_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", member.teamId(), member.userId(), member.email(),
                    member.firstName(), member.lastName(), member.admin(), member.owner(), member.joinedAt());
        } else {
            // Its admin status may have changed: cached lookups of its keys must be checked again.
            AuthEpoch.advance(connection);
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
        if (Jdbc.update(connection, "DELETE FROM member WHERE team_id = ? AND user_id = ?", teamId, userId) > 0) {
            AuthEpoch.advance(connection);
        }
    }

    /** A member from the first eight columns of a row, in {@code COLUMNS} order. */
    static MemberRecord map(ResultSet row) throws SQLException {
        return new MemberRecord(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                row.getBoolean(6), row.getBoolean(7), row.getObject(8, OffsetDateTime.class));
    }
}
