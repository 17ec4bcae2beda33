package io.github.teamauthkit.reference.store;

/**
 * The member an active API key belongs to.
 *
 * @param keyId  the key's id (not the key)
 * @param teamId the member's team
 * @param userId the member
 * @param admin  whether the member is a team admin
 */
public record KeyHolder(String keyId, String teamId, String userId, boolean admin) {

    /**
     * A holder as looked up, and the {@link AuthEpoch} at that moment.
     *
     * @param holder the holder
     * @param epoch  the epoch it was read at
     */
    public record AtEpoch(KeyHolder holder, long epoch) {
    }
}
