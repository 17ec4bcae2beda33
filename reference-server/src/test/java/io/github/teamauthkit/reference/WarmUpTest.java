package io.github.teamauthkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.teamauthkit.reference.http.ReferenceServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --warm-up} runs every common request on a server of its own, and leaves no trace but one log line. */
class WarmUpTest {

    @Test
    void everyKindOfRequestIsAnsweredAsDocumentedAndNoneReachesTheAccessLog() throws Exception {
        Logger accessLog = Logger.getLogger(ReferenceServer.ACCESS_LOG);
        accessLog.setLevel(Level.INFO);
        try (LogCapture capture = LogCapture.of(accessLog.getName())) {
            Map<String, Long> answered = WarmUp.run(Duration.ofMillis(300), Clock.systemUTC());
            assertThat(answered).containsOnlyKeys("POST secrets", "GET secrets", "GET secrets page 2", "GET members", "GET session",
                    "GET secret", "GET missing secret", "POST secret", "PATCH secret", "DELETE secret");
            assertThat(answered.get("POST secrets")).as("the full page it lists").isEqualTo(20);
            assertThat(answered.values()).allMatch(count -> count > 0);
            assertThat(capture.records()).as("access log lines of the warm-up").isEmpty();
            assertThat(accessLog.getLevel()).as("the access log's level, given back").isEqualTo(Level.INFO);
        } finally {
            accessLog.setLevel(null);
        }
    }

    @Test
    void theServerListensAfterTheWarmUpWithItsOwnDataUntouched(@TempDir Path dir) throws Exception {
        try (ServerProcess server = ServerProcess.start(dir, "--port", "0", "--data-dir", dir.resolve("data").toString(),
                "--warm-up", "1")) {
            // The warm-up's server has a demo team too, where it stores secrets: this server's demo team has none.
            String key = server.stdoutSoFar().get(1).strip();
            assertThat(server.api().get("/teams/team-demo/secrets", key).json().path("items")).isEmpty();
            assertThat(server.terminate()).isZero();
            assertThat(server.stderr()).contains("Warmed up for 1 s: ").doesNotContain("WARM_UP")
                    .doesNotContain("POST /v1/teams/team-demo/secrets");
        }
    }

    @Test
    void aNegativeWarmUpIsAUsageError(@TempDir Path dir) throws Exception {
        ServerProcess server = ServerProcess.launch(dir, "--warm-up", "-1");
        assertThat(server.waitForExit()).isEqualTo(2);
        assertThat(server.stderr()).contains("--warm-up must be 0 or more seconds").doesNotContain("\tat ");
    }
}
