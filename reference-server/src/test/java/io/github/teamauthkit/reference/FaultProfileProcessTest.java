package io.github.teamauthkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --faults}: the server says loudly that it breaks requests, then breaks them as the profile says. */
class FaultProfileProcessTest {

    @TempDir
    Path dir;

    @Test
    void aProfileIsAnnouncedAndApplied() throws Exception {
        Path profile = Files.writeString(dir.resolve("faults.json"),
                "{\"seed\": 3, \"faults\": [{\"operations\": [\"listTeamSecrets\"], \"next\": 1, \"fault\": \"unavailable\"}]}");
        try (ServerProcess server = ServerProcess.start(dir, "--port", "0", "--data-dir", dir.resolve("data").toString(),
                "--seed", TestServer.fixture().toString(), "--faults", profile.toString())) {
            assertThat(server.stdoutSoFar()).contains("FAULTS ON: this server breaks requests on purpose, as " + profile
                    + " says (seed 3; --fault-seed 3 repeats them):", "  listTeamSecrets, next 1: 503 with Retry-After 1 s");
            Api.Reply faulted = server.api().get("/teams/team-acme/secrets", Api.ALICE);
            assertThat(faulted.status() + " " + faulted.headers().firstValue("Retry-After").orElse("")).isEqualTo("503 1");
            assertThat(server.api().get("/teams/team-acme/secrets", Api.ALICE).status()).isEqualTo(200);
        }
    }

    @Test
    void aMistakenProfileStopsTheServerWithOneLineNamingTheValue() throws Exception {
        Path profile = Files.writeString(dir.resolve("faults.json"), "{\"faults\": [{\"operations\": \"*\", \"fault\": \"boom\"}]}");
        ServerProcess server = ServerProcess.launch(dir, "--port", "0", "--data-dir", dir.resolve("data").toString(),
                "--faults", profile.toString());
        assertThat(server.waitForExit()).isEqualTo(1);
        List<String> errors = server.stderr().lines().filter(line -> line.startsWith("reference-server: ")).toList();
        assertThat(errors).singleElement().asString().startsWith("reference-server: " + profile + ": /faults/0/fault must be one of");
        assertThat(server.stderr()).doesNotContain("\tat ");
    }
}
