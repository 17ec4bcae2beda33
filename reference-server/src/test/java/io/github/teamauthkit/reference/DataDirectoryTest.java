package io.github.teamauthkit.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database's directory: private on creation, and every way it cannot be used refused in one line (real processes). */
class DataDirectoryTest {

    @TempDir
    Path dir;

    private Path data() {
        return dir.resolve("data");
    }

    private Path databaseFile() {
        return data().resolve("teamauth.mv.db");
    }

    /** Runs the server once to create the data directory, then stops it. */
    private void createdOnce() throws Exception {
        try (ServerProcess server = ServerProcess.start(dir, "--port", "0", "--data-dir", data().toString(),
                "--seed", TestServer.fixture().toString())) {
            assertThat(server.terminate()).isZero();
        }
    }

    private void refusedWith(String message) throws Exception {
        ServerProcess again = ServerProcess.launch(dir, "--port", "0", "--data-dir", data().toString());
        assertThat(again.waitForExit()).as(again.stderr()).isEqualTo(1);
        assertThat(again.stderr().strip()).startsWith("reference-server: " + message).doesNotContain("\tat ").doesNotContain("\n");
    }

    @Test
    void theDirectoryAndTheDatabaseFileAreTheOwnersAlone() throws Exception {
        createdOnce();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(databaseFile()))).isEqualTo("rw-------");
    }

    @Test
    void aSecondProcessOnTheSameDirectoryIsToldWhy() throws Exception {
        try (ServerProcess first = ServerProcess.start(dir, "--port", "0", "--data-dir", data().toString(),
                "--seed", TestServer.fixture().toString())) {
            refusedWith("the data directory " + data() + " is in use by another process");
            assertThat(first.terminate()).isZero();
        }
    }

    @Test
    void aSchemaNewerThanTheServerIsRefused() throws Exception {
        createdOnce();
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:file:" + data().resolve("teamauth"), "sa", "");
                Statement sql = h2.createStatement()) {
            sql.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", \"script\","
                    + " \"installed_by\", \"execution_time\", \"success\") VALUES (99, '99', 'from a newer release', 'SQL',"
                    + " 'V99__newer.sql', 'sa', 1, TRUE)");
        }
        refusedWith("the database in " + data() + " has schema version 99, newer than this server knows");
    }

    @Test
    void anEmptiedDatabaseFileIsNotTakenForANewDatabase() throws Exception {
        createdOnce();
        Files.write(databaseFile(), new byte[0]);
        refusedWith("the database file " + databaseFile() + " is empty (truncated?)");
    }

    @Test
    void aCorruptedDatabaseFileIsRefused() throws Exception {
        createdOnce();
        try (RandomAccessFile file = new RandomAccessFile(databaseFile().toFile(), "rw")) {
            file.write(new byte[8192]);
        }
        refusedWith("the database file " + databaseFile() + " is corrupted");
    }

    @Test
    void aReadOnlyDirectoryIsRefused() throws Exception {
        createdOnce();
        Files.setPosixFilePermissions(databaseFile(), PosixFilePermissions.fromString("r--------"));
        Files.setPosixFilePermissions(data(), PosixFilePermissions.fromString("r-x------"));
        // Root may write whatever the permissions say (CI runs as root): the immutable attribute stops root too.
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            if (root) {
                assumeThat(chattr("+i")).as("chattr +i on this file system (root ignores permissions)").isZero();
            }
            refusedWith("the data directory " + data() + " is read-only");
        } finally {
            if (root) {
                chattr("-i");
            }
            Files.setPosixFilePermissions(data(), PosixFilePermissions.fromString("rwx------"));
        }
    }

    private int chattr(String change) throws Exception {
        Process process = new ProcessBuilder("chattr", change, databaseFile().toString(), data().toString())
                .redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(10, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }
}
