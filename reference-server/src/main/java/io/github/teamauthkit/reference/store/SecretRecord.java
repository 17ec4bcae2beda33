package io.github.teamauthkit.reference.store;

import java.time.OffsetDateTime;

/**
 * A secret's metadata; the value stays in the database, encrypted.
 *
 * @param name       the secret's name
 * @param createdAt  when it was created
 * @param modifiedAt when its value was last set
 */
public record SecretRecord(String name, OffsetDateTime createdAt, OffsetDateTime modifiedAt) {
}
