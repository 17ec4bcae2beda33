package io.github.teamauthkit.reference.store;

import java.time.OffsetDateTime;

/**
 * An API key as stored: its id and owner, never the key.
 *
 * @param id        the key's id
 * @param teamId    the owner's team
 * @param userId    the owner
 * @param createdAt when it was created
 * @param revokedAt when it was revoked, or null while active
 */
public record ApiKeyRecord(String id, String teamId, String userId, OffsetDateTime createdAt, OffsetDateTime revokedAt) {
}
