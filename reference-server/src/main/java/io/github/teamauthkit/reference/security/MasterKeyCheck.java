package io.github.teamauthkit.reference.security;

import io.github.teamauthkit.reference.store.Database;
import io.github.teamauthkit.reference.store.MasterKeyCheckStore;
import io.github.teamauthkit.reference.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Makes sure a server writes secrets under the key the database's secrets were written with. The
 * database keeps a check value (an HMAC of a fixed text under the key, never the key); a server
 * whose key gives another value refuses to start, and so does one whose key file is missing while
 * the database has secrets (a fresh key would leave them unreadable). A 1.x database, which has no
 * check value yet, is verified by opening one of its secrets.
 */
public final class MasterKeyCheck {

    private static final String PURPOSE = "teamauth master key check v1";
    private static final System.Logger LOG = System.getLogger(MasterKeyCheck.class.getName());

    private MasterKeyCheck() {
    }

    /**
     * Loads the master key for a database: creates it only for a database that has never held
     * secrets, and checks it against the database.
     *
     * @param database the database
     * @param keyFile  the key file
     * @return the cipher under the checked key
     * @throws IOException naming the file and the cause, when the key is missing, unreadable or not the database's
     */
    public static SecretCipher load(Database database, Path keyFile) throws IOException {
        Optional<String> stored = database.transaction(MasterKeyCheckStore::find);
        Optional<String[]> secret = database.transaction(MasterKeyCheckStore::anySecret);
        if (!Files.exists(keyFile) && (stored.isPresent() || secret.isPresent())) {
            throw new IOException("the master key file " + keyFile + " is missing, but the database holds secrets written under a "
                    + "master key: restore that file (or pass --master-key-file); a new key would leave them unreadable");
        }
        warnIfReadableByOthers(keyFile);
        SecretCipher cipher = SecretCipher.fromKeyFile(keyFile);
        String mine = Base64.getEncoder().encodeToString(cipher.derive(PURPOSE));
        if (stored.isEmpty()) {
            if (secret.isPresent() && !cipher.opens(SecretCipher.context(secret.get()[0], secret.get()[1]), secret.get()[2])) {
                throw mismatch(keyFile);
            }
            try {
                database.transaction(connection -> {
                    MasterKeyCheckStore.insert(connection, mine);
                    return null;
                });
            } catch (StoreException raced) {
                // Another server stored its value first: compare with that one below.
            }
            stored = database.transaction(MasterKeyCheckStore::find);
        }
        if (!stored.map(mine::equals).orElse(false)) {
            throw mismatch(keyFile);
        }
        return cipher;
    }

    private static IOException mismatch(Path keyFile) {
        return new IOException("the master key file " + keyFile + " is not the key this database's secrets are written with: "
                + "use the key file of the servers that wrote them");
    }

    private static void warnIfReadableByOthers(Path keyFile) throws IOException {
        if (!Files.exists(keyFile)) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(keyFile);
            if (permissions.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
                LOG.log(System.Logger.Level.WARNING, "the master key file " + keyFile + " can be read by other users; "
                        + "run: chmod 600 " + keyFile);
            }
        } catch (UnsupportedOperationException notPosix) {
            // Permissions cannot be read here (not a POSIX file system): nothing to warn about.
        }
    }
}
