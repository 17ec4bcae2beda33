package io.github.teamauthkit.reference.store;

/**
 * A user's membership in a team, as stored.
 *
 * @param teamId    the team
 * @param userId    the user
 * @param email     the user's email
 * @param firstName the user's first name, or null
 * @param lastName  the user's last name, or null
 * @param admin     whether the member is a team admin
 */
public record MemberRecord(String teamId, String userId, String email, String firstName, String lastName, boolean admin) {
}
