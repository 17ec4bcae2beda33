package io.github.teamauthkit.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.teamauthkit.reference.Api.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk under the embedded database: writes are answered 503 with {@code Retry-After} while reads go on, and the
 * server recovers by itself when there is space again, having lost no acknowledged write. The disk is filled with the
 * process's file size limit ({@code prlimit}, util-linux): the JVM ignores SIGXFSZ, so a write past the limit fails
 * as a write to a full disk does.
 */
class DiskFullTest {

    private static final String VALUE = "v".repeat(8_000);

    @TempDir
    Path dir;

    private static void fileSizeLimit(long pid, String bytes) throws Exception {
        // The soft limit only ("N:"): raising it back needs no privilege.
        Process prlimit = new ProcessBuilder("prlimit", "--pid", String.valueOf(pid), "--fsize=" + bytes + ":").inheritIO().start();
        assertThat(prlimit.waitFor(10, TimeUnit.SECONDS) && prlimit.exitValue() == 0).as("prlimit").isTrue();
    }

    private static Reply create(ServerProcess server, String name) {
        return server.api().json("POST", "/teams/team-acme/secrets", Api.ALICE, "{\"name\":\"" + name + "\",\"value\":\"" + VALUE + "\"}");
    }

    private static List<String> names(ServerProcess server) {
        return server.api().get("/teams/team-acme/secrets?limit=120", Api.ALICE).json().path("items").findValuesAsText("name");
    }

    @Test
    void writesAre503WhileTheDiskIsFullReadsGoOnAndItRecoversWithoutLosingAnAcknowledgedWrite() throws Exception {
        assumeThat(Path.of("/usr/bin/prlimit")).as("prlimit (util-linux)").exists();
        Path data = dir.resolve("data");
        List<String> acknowledged = new ArrayList<>();
        try (ServerProcess server = ServerProcess.start(dir, "--port", "0", "--data-dir", data.toString(),
                "--seed", TestServer.fixture().toString())) {
            fileSizeLimit(server.pid(), String.valueOf(Files.size(data.resolve("teamauth.mv.db"))));
            Reply refused = null;
            for (int i = 0; i < 100 && refused == null; i++) {
                Reply reply = create(server, "FILL_" + i);
                if (reply.status() == 200) {
                    acknowledged.add("FILL_" + i);
                } else {
                    refused = reply;
                }
            }
            assertThat(refused).as("a write refused within 100 of 8 KB").isNotNull();
            assertThat(refused.status()).as(refused.text()).isEqualTo(503);
            assertThat(refused.json().path("code").asText()).isEqualTo("INTERNAL_SERVER_ERROR");
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("2");

            Reply read = server.api().get("/teams/team-acme/secrets?limit=120", Api.ALICE);
            assertThat(read.status()).as(read.text()).isEqualTo(200);
            assertThat(read.json().path("items").findValuesAsText("name")).containsAll(acknowledged);
            assertThat(create(server, "STILL_FULL").status()).isEqualTo(503);

            fileSizeLimit(server.pid(), "unlimited");
            assertThat(create(server, "AFTER_SPACE").status()).isEqualTo(200);
            acknowledged.add("AFTER_SPACE");
            assertThat(names(server)).containsAll(acknowledged).doesNotContain("STILL_FULL");
            assertThat(server.terminate()).isZero();
        }
        try (ServerProcess again = ServerProcess.start(dir, "--port", "0", "--data-dir", data.toString())) {
            assertThat(names(again)).containsAll(acknowledged);
            assertThat(again.terminate()).isZero();
        }
    }
}
