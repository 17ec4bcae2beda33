package io.github.teamauthkit.reference.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secret values with AES-256-GCM under the master key. Each value gets a fresh 96-bit
 * nonce; the team and name are authenticated with it as associated data, binding the ciphertext to
 * its own row.
 */
public final class SecretCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    private SecretCipher(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /**
     * Loads the master key from a file, creating it (mode 0600) with a random key if absent.
     *
     * @param file the master key file: 32 bytes, base64 encoded
     * @return a cipher under that key
     * @throws IOException if the file cannot be read or created
     */
    public static SecretCipher fromKeyFile(Path file) throws IOException {
        if (!Files.exists(file)) {
            createKeyFile(file);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IllegalArgumentException e) {
            throw new IOException("the master key file " + file + " is not base64");
        }
        if (key.length != 32) {
            throw new IOException("the master key file " + file + " must hold 32 bytes (AES-256), base64 encoded");
        }
        return new SecretCipher(key);
    }

    /** Writes a fresh key beside the file, then links it into place: no reader sees a half-written key. */
    private static void createKeyFile(Path file) throws IOException {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        Path parent = file.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(parent, ".master", ".key",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(temporary, Base64.getEncoder().encodeToString(fresh) + "\n");
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException raced) {
            // Another process created it first: use theirs.
        } finally {
            Files.delete(temporary);
        }
    }

    /**
     * What a secret's ciphertext is bound to: its team and name, authenticated as associated data.
     *
     * @param teamId the team
     * @param name   the secret's name
     * @return the context
     */
    public static String context(String teamId, String name) {
        return teamId + "/" + name;
    }

    /**
     * A key for another purpose, derived from the master key (HMAC-SHA256 of the purpose), so that
     * every server sharing the master key derives the same one and none is stored.
     *
     * @param purpose what the key is for
     * @return 32 key bytes
     */
    public byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("key derivation failed", e);
        }
    }

    /**
     * Encrypts a value.
     *
     * @param context the secret's identity (team and name), authenticated but not encrypted
     * @param value   the value
     * @return nonce and ciphertext, base64 encoded
     */
    public String encrypt(String context, String value) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, context, value.getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[NONCE_BYTES + sealed.length];
        System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
        System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
        return Base64.getEncoder().encodeToString(out);
    }

    /**
     * Whether a ciphertext was made under this key for this context: the way to tell, for data
     * written before check values existed, whether a key file is the right one.
     *
     * @param context    the secret's identity it was bound to
     * @param ciphertext nonce and ciphertext, base64 encoded, as {@link #encrypt} made it
     * @return true when it decrypts and authenticates
     */
    public boolean opens(String context, String ciphertext) {
        try {
            byte[] sealed = Base64.getDecoder().decode(ciphertext);
            byte[] nonce = Arrays.copyOf(sealed, NONCE_BYTES);
            run(Cipher.DECRYPT_MODE, nonce, context, Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length));
            return true;
        } catch (IllegalArgumentException | IllegalStateException e) {
            return false;
        }
    }

    private byte[] run(int mode, byte[] nonce, String context, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("secret encryption failed", e);
        }
    }
}
