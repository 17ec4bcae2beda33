package io.github.teamauthkit.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.teamauthkit.reference.security.MasterKeyCheck;
import io.github.teamauthkit.reference.security.SecretCipher;
import io.github.teamauthkit.reference.store.Database;
import io.github.teamauthkit.reference.store.MasterKeyCheckStore;
import io.github.teamauthkit.reference.store.SecretStore;
import io.github.teamauthkit.reference.store.TeamRecord;
import io.github.teamauthkit.reference.store.TeamStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server refuses to write secrets under a key other than the one the database's secrets are under. */
class MasterKeyCheckTest {

    @TempDir
    Path dir;

    @Test
    void aFreshDatabaseGetsAKeyAndItsCheckValueAndTheSameKeyOpensItAgain() throws Exception {
        Path key = dir.resolve("master.key");
        try (Database database = Database.embedded(dir.resolve("data"))) {
            MasterKeyCheck.load(database, key);
            assertThat(key).exists();
            String keyText = Files.readString(key).strip();
            assertThat(database.transaction(MasterKeyCheckStore::find)).hasValueSatisfying(check ->
                    assertThat(check).isNotEqualTo(keyText));
            MasterKeyCheck.load(database, key);
        }
    }

    @Test
    void aMissingKeyFileIsNotReplacedWhenTheDatabaseHoldsSecrets() throws Exception {
        Path key = dir.resolve("master.key");
        try (Database database = Database.embedded(dir.resolve("data"))) {
            storeSecret(database, MasterKeyCheck.load(database, key));
            Files.delete(key);

            assertThatThrownBy(() -> MasterKeyCheck.load(database, key)).isInstanceOf(IOException.class)
                    .hasMessage("the master key file " + key + " is missing, but the database holds secrets written under a "
                            + "master key: restore that file (or pass --master-key-file); a new key would leave them unreadable");
            assertThat(key).as("no new key made").doesNotExist();
        }
    }

    @Test
    void anotherKeyIsRefusedByTheCheckValue() throws Exception {
        try (Database database = Database.embedded(dir.resolve("data"))) {
            MasterKeyCheck.load(database, dir.resolve("master.key"));
            SecretCipher.fromKeyFile(dir.resolve("other.key"));

            assertThatThrownBy(() -> MasterKeyCheck.load(database, dir.resolve("other.key"))).isInstanceOf(IOException.class)
                    .hasMessageContaining("other.key is not the key this database's secrets are written with");
        }
    }

    @Test
    void aDatabaseFrom1xIsCheckedByOpeningOneOfItsSecrets() throws Exception {
        try (Database database = Database.embedded(dir.resolve("data"))) {
            storeSecret(database, SecretCipher.fromKeyFile(dir.resolve("old.key")));
            SecretCipher.fromKeyFile(dir.resolve("wrong.key"));

            assertThatThrownBy(() -> MasterKeyCheck.load(database, dir.resolve("wrong.key"))).isInstanceOf(IOException.class)
                    .hasMessageContaining("wrong.key is not the key");
            assertThat(database.transaction(MasterKeyCheckStore::find)).as("nothing stored for a wrong key").isEmpty();
            MasterKeyCheck.load(database, dir.resolve("old.key"));
            assertThat(database.transaction(MasterKeyCheckStore::find)).isPresent();
        }
    }

    private static void storeSecret(Database database, SecretCipher cipher) {
        database.transaction(connection -> {
            TeamStore.upsert(connection, new TeamRecord("team-k", "K", "k"));
            return SecretStore.insert(connection, "team-k", "HF_TOKEN", cipher.encrypt(SecretCipher.context("team-k", "HF_TOKEN"), "v"),
                    OffsetDateTime.now());
        });
    }
}
