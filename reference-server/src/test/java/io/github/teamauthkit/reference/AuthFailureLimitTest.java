package io.github.teamauthkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.teamauthkit.reference.Api.Reply;
import io.github.teamauthkit.reference.store.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Past the limit of failed authentications per address and minute, the address gets 429 with Retry-After. */
class AuthFailureLimitTest {

    @TempDir
    Path dir;

    @Test
    void failedAuthenticationsPastTheLimitAre429WithRetryAfter() throws Exception {
        try (TestServer server = TestServer.start(Database.embedded(dir), dir, 3)) {
            Api api = server.api();
            for (int i = 0; i < 3; i++) {
                assertThat(api.get("/auth/session", "wrong-key-" + i).status()).isEqualTo(401);
            }
            Reply limited = api.get("/teams/team-acme/users", Api.ALICE);

            ApiRulesSuite.assertError(limited, 429, "TOO_MANY_REQUESTS");
            long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
            assertThat(retryAfter).isBetween(1L, 60L);
            assertThat(api.get("/auth/session", null).status()).as("anonymous session still answers").isEqualTo(200);
        }
    }
}
