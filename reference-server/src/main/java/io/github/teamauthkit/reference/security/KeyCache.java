package io.github.teamauthkit.reference.security;

import io.github.teamauthkit.reference.store.KeyHolder;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Key lookups of this server, by key hash (never the key), each with the auth epoch it was read at. An entry is
 * used only together with a {@link io.github.teamauthkit.reference.store.CredentialCheck} of that epoch, so a key
 * revoked through any server sharing the database is refused on the next request; this saves the lookup's statement,
 * not the check.
 */
final class KeyCache {

    /** Enough for every key of a large deployment; when full it starts over rather than track recency per request. */
    static final int MAX_ENTRIES = 10_000;

    private final Map<String, KeyHolder.AtEpoch> entries = new ConcurrentHashMap<>();

    Optional<KeyHolder.AtEpoch> get(String keyHash) {
        return Optional.ofNullable(entries.get(keyHash));
    }

    void put(String keyHash, KeyHolder.AtEpoch lookup) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(keyHash, lookup);
    }

    void remove(String keyHash) {
        entries.remove(keyHash);
    }
}
