package io.github.teamauthkit.reference.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** What a session tells about a user: every team the user belongs to, and since when the user is known. */
public final class SessionStore {

    private SessionStore() {
    }

    /**
     * One of a user's memberships, with its team.
     *
     * @param member        the membership
     * @param teamName      the team's display name
     * @param teamNamespace the team's namespace
     * @param teamCreatedAt when the team was created
     */
    public record Membership(MemberRecord member, String teamName, String teamNamespace, OffsetDateTime teamCreatedAt) {
    }

    /**
     * Every team a user belongs to, by team id.
     *
     * @param connection the transaction
     * @param userId     the user
     * @return the memberships
     * @throws SQLException on a database error
     */
    public static List<Membership> memberships(Connection connection, String userId) throws SQLException {
        return Jdbc.list(connection, "SELECT m.team_id, m.user_id, m.email, m.first_name, m.last_name, m.is_admin, m.is_owner, "
                + "m.joined_at, t.name, t.namespace, t.created_at FROM member m JOIN team t ON t.id = m.team_id "
                + "WHERE m.user_id = ? ORDER BY m.team_id", row -> new Membership(MemberStore.map(row), row.getString(9),
                        row.getString(10), row.getObject(11, OffsetDateTime.class)), userId);
    }

    /**
     * When the user's first API key was made: the earliest moment a user whose memberships came
     * from a 1.x data dir (without join times) is known to have existed.
     *
     * @param connection the transaction
     * @param userId     the user
     * @return the time, if the user ever had a key
     * @throws SQLException on a database error
     */
    public static Optional<OffsetDateTime> firstKeyCreated(Connection connection, String userId) throws SQLException {
        return Jdbc.one(connection, "SELECT MIN(created_at) FROM api_key WHERE user_id = ?",
                row -> row.getObject(1, OffsetDateTime.class), userId);
    }
}
