package io.github.teamauthkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.teamauthkit.reference.security.SecretCipher;
import io.github.teamauthkit.reference.store.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Neither an API key nor a secret value is in the data directory in plaintext; the master key is private. */
class DataAtRestTest {

    private static final String VALUE = "plaintext-secret-value-7f3a";

    @TempDir
    Path dir;

    @Test
    void theDataDirHoldsNoKeyAndNoSecretValue() throws Exception {
        try (TestServer server = TestServer.start(Database.embedded(dir), dir, 1000)) {
            assertThat(server.api().json("POST", "/teams/team-acme/secrets", Api.ALICE,
                    "{\"name\":\"HF_TOKEN\",\"value\":\"" + VALUE + "\"}").status()).isEqualTo(200);
        }

        byte[] everything = allFiles(dir);
        // The scan must be able to see plaintext: the stored email is in the clear, by design.
        assertThat(contains(everything, "alice@acme.test")).as("control: the scan finds plaintext").isTrue();
        for (String forbidden : List.of(VALUE, Api.ALICE, Api.BOB, Api.OLGA)) {
            assertThat(contains(everything, forbidden)).as("%s in the data dir", forbidden.substring(0, 6) + "…").isFalse();
        }
    }

    /**
     * A stored value is sealed to its team and name (AES-GCM's associated data): a ciphertext moved to another team's
     * row, or another name's, does not open there, so a database writer cannot make one team's value another's.
     */
    @Test
    void aStoredValueOpensOnlyInItsOwnTeamAndName() throws Exception {
        Database database = Database.embedded(dir);
        try (TestServer server = TestServer.start(database, dir, 1000)) {
            assertThat(server.api().json("POST", "/teams/team-acme/secrets", Api.ALICE,
                    "{\"name\":\"HF_TOKEN\",\"value\":\"" + VALUE + "\"}").status()).isEqualTo(200);
            String stored = database.read(connection -> {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT ciphertext FROM secret WHERE team_id = 'team-acme' AND name = 'HF_TOKEN'");
                        ResultSet row = select.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            });
            SecretCipher cipher = SecretCipher.fromKeyFile(dir.resolve("master.key"));

            assertThat(cipher.opens(SecretCipher.context("team-acme", "HF_TOKEN"), stored)).as("control: in its own row").isTrue();
            assertThat(cipher.opens(SecretCipher.context("team-other", "HF_TOKEN"), stored)).as("in another team's row").isFalse();
            assertThat(cipher.opens(SecretCipher.context("team-acme", "WANDB_API_KEY"), stored)).as("under another name").isFalse();
        }
    }

    @Test
    void theMasterKeyIsCreatedReadableByItsOwnerOnly() throws Exception {
        try (TestServer ignored = TestServer.start(Database.embedded(dir), dir, 1000)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("master.key"))))
                    .isEqualTo("rw-------");
        }
    }

    private static byte[] allFiles(Path root) throws Exception {
        List<byte[]> contents = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.add(Files.readAllBytes(file));
            }
        }
        return contents.stream().reduce(new byte[0], (a, b) -> {
            byte[] joined = new byte[a.length + b.length];
            System.arraycopy(a, 0, joined, 0, a.length);
            System.arraycopy(b, 0, joined, a.length, b.length);
            return joined;
        });
    }

    private static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }
}
