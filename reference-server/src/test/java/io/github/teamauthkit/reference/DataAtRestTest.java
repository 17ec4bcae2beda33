package io.github.teamauthkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.teamauthkit.reference.store.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
