package io.github.teamauthkit.reference.store;

import java.time.OffsetDateTime;

/**
 * A user's membership in a team, as stored.
 *
 * @param teamId    the team
 * @param userId    the user
 * @param email     the user's email
 * @param firstName the user's first name, or null
 * @param lastName  the user's last name, or null
 * @param admin     whether the member is a team admin
 * @param owner     whether the member is the team's owner (its creator; always an admin)
 * @param joinedAt  when the user joined the team; null for memberships from 1.x data dirs
 */
public record MemberRecord(String teamId, String userId, String email, String firstName, String lastName, boolean admin,
        boolean owner, OffsetDateTime joinedAt) {

    /**
     * This member with another admin status.
     *
     * @param isAdmin the new status
     * @return the changed member
     */
    public MemberRecord withAdmin(boolean isAdmin) {
        return new MemberRecord(teamId, userId, email, firstName, lastName, isAdmin, owner, joinedAt);
    }
}
