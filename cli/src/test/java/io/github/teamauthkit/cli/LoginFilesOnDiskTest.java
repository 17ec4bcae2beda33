package io.github.teamauthkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.github.teamauthkit.cli.Cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code ~/.paperspace} as a file system holds it: two logins at once, symbolic links, and files others can read. */
class LoginFilesOnDiskTest extends AgainstReferenceServer {

    private static final String OLGA = "other-olga-key-0001";
    private static final TomlMapper TOML = new TomlMapper();
    private static final int ROUNDS = 10;

    private Path directory() {
        return cli.home().resolve(".paperspace");
    }

    @Test
    void twoLoginsAtOnceKeepBothKeys() throws Exception {
        ExecutorService logins = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                List<Future<Run>> runs = new ArrayList<>();
                for (String key : List.of(Cli.ALICE, OLGA)) {
                    runs.add(logins.submit(() -> cli.run(key + "\n", "login", "--api-key-stdin")));
                }
                for (Future<Run> run : runs) {
                    assertThat(run.get(120, TimeUnit.SECONDS).exitCode()).isZero();
                }
                assertThat(TOML.readTree(directory().resolve("credentials.toml").toFile()).path("keys").size())
                        .as("keys kept in round %d", round).isEqualTo(2);
                try (var files = Files.list(directory())) {
                    for (Path file : files.toList()) {
                        Files.delete(file);
                    }
                }
            }
        } finally {
            logins.shutdownNow();
        }
    }

    /**
     * A write that fails half way (here the file size limit, as a full disk would) leaves the credentials file as it
     * was: the new file is written beside it and moved over it, never written in place.
     */
    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileWhole() throws Exception {
        Path credentials = Files.createDirectories(directory()).resolve("credentials.toml");
        StringBuilder keys = new StringBuilder("version = 1\n\n[keys]\n");
        for (int i = 0; i < 60; i++) {
            keys.append("team").append(i).append(" = \"stored-key-").append(i).append("-").append("x".repeat(24)).append("\"\n");
        }
        Files.writeString(credentials, keys);
        Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-------"));
        byte[] before = Files.readAllBytes(credentials);

        Run login = cli.runWithFileSizeLimit(before.length / 2, Cli.ALICE + "\n", "login", "--api-key-stdin");

        assertThat(login.exitCode()).as("a login whose file could not be written").isNotZero();
        assertThat(Files.readAllBytes(credentials)).as("the credentials file after the failed write").isEqualTo(before);
        try (var files = Files.list(directory())) {
            assertThat(files.map(file -> file.getFileName().toString())).as("files left in ~/.paperspace")
                    .noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void aLinkedCredentialsFileIsWrittenWhereItLivesAndStaysALink() throws Exception {
        Path elsewhere = Files.createDirectories(cli.home().resolve("dotfiles")).resolve("credentials.toml");
        Files.writeString(elsewhere, "version = 1\n\n[keys]\nacme = \"" + Cli.ALICE + "\"\n");
        Files.createDirectories(directory());
        Files.createSymbolicLink(directory().resolve("credentials.toml"), elsewhere);

        assertThat(cli.run(OLGA + "\n", "login", "--api-key-stdin").exitCode()).isZero();

        assertThat(Files.isSymbolicLink(directory().resolve("credentials.toml"))).isTrue();
        assertThat(TOML.readTree(elsewhere.toFile()).path("keys").size()).isEqualTo(2);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(elsewhere))).isEqualTo("rw-------");
    }

    @Test
    void aLinkedDirectoryIsUsedWithoutChangingItsMode() throws Exception {
        Path shared = Files.createDirectories(cli.home().resolve("shared-config"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createSymbolicLink(directory(), shared);

        assertThat(cli.run(OLGA + "\n", "login", "--api-key-stdin").exitCode()).isZero();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rwxr-xr-x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared.resolve("credentials.toml"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aKeyFileOthersCanReadIsNamedWhenItsKeyIsUsed() throws Exception {
        Files.createDirectories(directory());
        Path credentials = directory().resolve("credentials.toml");
        Files.writeString(credentials, "version = 1\n\n[keys]\nacme = \"" + Cli.ALICE + "\"\n");
        Files.writeString(directory().resolve("config.toml"), "version = 1\nteam = \"acme\"\n");
        Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-r--r--"));

        Run run = cli.run(null, "session", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err().lines()).singleElement().asString()
                .isEqualTo("paperspace: warning: " + credentials + " can be read by other users of this machine; `chmod 600 "
                        + credentials + "` makes it yours alone");
        assertThat(cli.run(null, "session", "--json", "--api-key", Cli.ALICE).err()).as("another key used").doesNotContain("warning");
    }
}
