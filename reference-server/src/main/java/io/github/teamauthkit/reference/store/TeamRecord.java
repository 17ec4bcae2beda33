package io.github.teamauthkit.reference.store;

/**
 * A team as stored.
 *
 * @param id        the team id
 * @param name      the display name
 * @param namespace the unique short name
 */
public record TeamRecord(String id, String name, String namespace) {
}
