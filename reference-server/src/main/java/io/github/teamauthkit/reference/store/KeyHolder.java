package io.github.teamauthkit.reference.store;

/**
 * The member an active API key belongs to.
 *
 * @param keyId         the key's id (not the key)
 * @param teamId        the member's team
 * @param teamNamespace the team's namespace, which addresses it as well as its id
 * @param userId        the member
 * @param admin         whether the member is a team admin
 */
public record KeyHolder(String keyId, String teamId, String teamNamespace, String userId, boolean admin) {

    /**
     * Whether a team path parameter addresses the holder's team: by its id or by its namespace.
     *
     * @param team the path parameter as the resource receives it
     * @return true for the holder's own team
     */
    public boolean addresses(String team) {
        return teamId.equals(team) || teamNamespace.equals(team);
    }

    /**
     * A holder as looked up, and the {@link AuthEpoch} at that moment.
     *
     * @param holder the holder
     * @param epoch  the epoch it was read at
     */
    public record AtEpoch(KeyHolder holder, long epoch) {
    }
}
