package io.github.teamauthkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.teamauthkit.reference.Api.Reply;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server as users run it: its command line, what it prints, and how it stops. */
class ServerProcessTest {

    @TempDir
    Path dir;

    @Test
    void aFreshDataDirGetsADemoTeamWhoseKeyWorksAndSigtermExitsZero() throws Exception {
        try (ServerProcess server = ServerProcess.start(dir, "--port", "0", "--data-dir", dir.resolve("data").toString())) {
            List<String> out = server.stdoutSoFar();
            assertThat(out).filteredOn(line -> line.startsWith("Listening on ")).singleElement().asString()
                    .matches("Listening on http://127\\.0\\.0\\.1:\\d+/v1");
            String key = out.get(1).strip();
            assertThat(key).startsWith("ps_");
            assertThat(out.get(2)).startsWith("Try: curl -H 'Authorization: Bearer " + key + "' " + server.baseUri()
                    + "/teams/team-demo/users");

            Reply members = server.api().get("/teams/team-demo/users", key);
            assertThat(members.status()).isEqualTo(200);
            assertThat(members.json().findValuesAsText("isAdmin")).containsExactly("true");

            assertThat(server.terminate()).isZero();
            assertThat(server.stderr()).doesNotContain(key).contains("GET /v1/teams/team-demo/users 200");
        }
    }

    @Test
    void sigtermUnderLoadExitsZeroAndLogsNoError() throws Exception {
        int clients = 8;
        try (ServerProcess server = ServerProcess.start(dir, "--port", "0", "--data-dir", dir.resolve("data").toString(),
                "--seed", TestServer.fixture().toString())) {
            CountDownLatch answers = new CountDownLatch(500);
            ExecutorService load = Executors.newFixedThreadPool(clients);
            for (int i = 0; i < clients; i++) {
                load.submit(() -> keepListing(server.baseUri(), answers));
            }
            assertThat(answers.await(30, TimeUnit.SECONDS)).as("500 answers under load").isTrue();

            assertThat(server.terminate()).isZero();
            load.shutdown();
            assertThat(load.awaitTermination(30, TimeUnit.SECONDS)).as("every connection ended with the server").isTrue();
            // Each connection was busy as the server stopped: none of them may cost an error with a stack trace.
            assertThat(server.stderr()).doesNotContain(" ERROR ").doesNotContain("\tat ");
        }
    }

    /** Lists secrets on one keep-alive connection until the server closes it (or a minute has passed). */
    private static Void keepListing(URI base, CountDownLatch answers) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        try (WarmUpConnection connection = new WarmUpConnection(base, "Bearer " + Api.ALICE)) {
            while (System.nanoTime() < deadline) {
                connection.send("GET", "/teams/team-acme/secrets", null);
                answers.countDown();
            }
        } catch (IOException closed) {
            // The server stopped: this connection was closed, or its last request refused.
        }
        return null;
    }

    @Test
    void aSecondStartPrintsNoKeyAndASeededStartCreatesNoDemo() throws Exception {
        Path data = dir.resolve("data");
        try (ServerProcess first = ServerProcess.start(dir, "--port", "0", "--data-dir", data.toString())) {
            assertThat(first.terminate()).isZero();
        }
        try (ServerProcess second = ServerProcess.start(dir, "--port", "0", "--data-dir", data.toString())) {
            assertThat(second.stdoutSoFar()).singleElement().asString().startsWith("Listening on ");
        }
        Path seeded = dir.resolve("seeded");
        try (ServerProcess server = ServerProcess.start(dir, "--port", "0", "--data-dir", seeded.toString(),
                "--seed", TestServer.fixture().toString())) {
            assertThat(server.stdoutSoFar()).hasSize(1);
            assertThat(server.api().get("/auth/session", Api.ALICE).json().at("/team/id").asText()).isEqualTo("team-acme");
            assertThat(server.api().get("/teams/team-demo/users", Api.ALICE).status()).isEqualTo(403);
        }
    }

    @Test
    void seedingTwiceChangesNothing() throws Exception {
        Path data = dir.resolve("data");
        for (int run = 0; run < 2; run++) {
            try (ServerProcess server = ServerProcess.start(dir, "--port", "0", "--data-dir", data.toString(),
                    "--seed", TestServer.fixture().toString())) {
                assertThat(server.api().get("/teams/team-acme/users?order=asc", Api.ALICE).json().path("items").findValuesAsText("id"))
                        .containsExactly("user-alice", "user-bob");
                assertThat(server.terminate()).isZero();
            }
        }
    }

    @Test
    void badArgumentsGetOneReadableLineAndANonZeroExit() throws Exception {
        ServerProcess port = ServerProcess.launch(dir, "--port", "70000");
        assertThat(port.waitForExit()).isEqualTo(2);
        assertThat(port.stderr()).contains("--port must be 0 to 65535").doesNotContain("\tat ");

        ServerProcess tls = ServerProcess.launch(dir, "--tls-cert", "missing.pem", "--tls-key", "missing.key");
        assertThat(tls.waitForExit()).isEqualTo(1);
        assertThat(tls.stderr()).contains("reference-server: no such file: missing.pem").doesNotContain("\tat ");
        assertThat(Files.exists(dir.resolve("reference-data"))).isFalse();
    }

    @Test
    void aLostMasterKeyIsNotReplacedOnADataDirWithSecrets() throws Exception {
        Path data = dir.resolve("data");
        try (ServerProcess server = ServerProcess.start(dir, "--port", "0", "--data-dir", data.toString(),
                "--seed", TestServer.fixture().toString())) {
            assertThat(server.api().json("POST", "/teams/team-acme/secrets", Api.ALICE, "{\"name\":\"KEPT\",\"value\":\"v\"}")
                    .status()).isEqualTo(200);
            assertThat(server.terminate()).isZero();
        }
        Files.delete(data.resolve("master.key"));

        ServerProcess again = ServerProcess.launch(dir, "--port", "0", "--data-dir", data.toString());
        assertThat(again.waitForExit()).isEqualTo(1);
        assertThat(again.stderr().strip()).startsWith("reference-server: the master key file ").contains("is missing")
                .doesNotContain("\tat ");
        assertThat(data.resolve("master.key")).doesNotExist();
    }
}
