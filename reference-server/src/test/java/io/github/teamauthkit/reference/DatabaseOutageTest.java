package io.github.teamauthkit.reference;

import static io.github.teamauthkit.reference.ApiRulesSuite.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import io.github.teamauthkit.reference.Api.Reply;
import io.github.teamauthkit.reference.store.Database;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL going away and coming back, through a relay the test cuts: requests fail fast with
 * 503 and {@code Retry-After} (not 30 s and 500), {@code /healthz} says so at once, and the server
 * recovers by itself.
 */
class DatabaseOutageTest {

    @TempDir
    Path dir;

    @Test
    void aDatabaseOutageIs503FastAndTheServerRecovers() throws Exception {
        String direct = LocalPostgres.get().newDatabase();
        int postgresPort = Integer.parseInt(direct.replaceAll(".*:(\\d+)/.*", "$1"));
        try (TcpProxy relay = new TcpProxy(postgresPort);
                TestServer server = TestServer.start(Database.open(direct.replace(":" + postgresPort + "/", ":" + relay.port() + "/"),
                        LocalPostgres.USER, ""), dir, 1000)) {
            Api api = server.api();
            assertThat(api.get("/teams/team-acme/secrets", Api.ALICE).status()).isEqualTo(200);

            relay.cut();
            long start = System.nanoTime();
            Reply listed = api.get("/teams/team-acme/secrets", Api.ALICE);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            Reply health = Api.send(HttpRequest.newBuilder(server.baseUri().resolve("/healthz")).timeout(Duration.ofSeconds(10)).build());

            assertError(listed, 503, "INTERNAL_SERVER_ERROR");
            assertThat(listed.headers().firstValue("Retry-After")).hasValue("2");
            // Decided by the slow case: with the pool's default wait, no answer could come before 30 s had passed.
            assertThat(took).as("a bounded wait, not the pool's default").isLessThan(Duration.ofMillis(new HikariConfig().getConnectionTimeout()));
            assertThat(health.status()).isEqualTo(503);

            relay.restore();
            // Recovery is seen only by asking; the deadline is a last resort against a server that never recovers.
            long lastResort = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            Reply recovered = api.get("/teams/team-acme/secrets", Api.ALICE);
            while (recovered.status() != 200 && System.nanoTime() < lastResort) {
                Thread.sleep(100);
                recovered = api.get("/teams/team-acme/secrets", Api.ALICE);
            }
            assertThat(recovered.status()).as("recovered without a restart").isEqualTo(200);
        }
    }
}
