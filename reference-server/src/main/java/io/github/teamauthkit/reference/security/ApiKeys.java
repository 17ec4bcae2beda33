package io.github.teamauthkit.reference.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Minting and hashing API keys. Keys are 256 random bits, so one SHA-256 is enough to make a
 * stolen database useless for authentication; a slow password hash would only slow every request.
 */
public final class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    /**
     * A new random key, shown once to whoever asked for it.
     *
     * @return the key
     */
    public static String generate() {
        return "ps_" + random(32);
    }

    /**
     * A new random identifier for a stored key, safe to show and log.
     *
     * @return the identifier
     */
    public static String newId() {
        return "key_" + random(12);
    }

    /**
     * The hash a key is stored and looked up by.
     *
     * @param key the key as presented
     * @return its SHA-256, hex encoded
     */
    public static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
