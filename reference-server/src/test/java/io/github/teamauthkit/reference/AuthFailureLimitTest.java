package io.github.teamauthkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.teamauthkit.reference.Api.Reply;
import io.github.teamauthkit.reference.security.AuthFailurePolicy;
import io.github.teamauthkit.reference.store.Database;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

    @Test
    void aKeyAlreadyInUseKeepsWorkingWhileOthersAtItsAddressAreLockedOut() throws Exception {
        try (TestServer server = TestServer.start(Database.embedded(dir), dir, 3)) {
            Api api = server.api();
            assertThat(api.get("/teams/team-acme/users", Api.ALICE).status()).isEqualTo(200);
            for (int i = 0; i < 3; i++) {
                assertThat(api.get("/auth/session", "wrong-key-" + i).status()).isEqualTo(401);
            }

            assertThat(api.get("/teams/team-acme/users", Api.ALICE).status()).as("a key proven valid before").isEqualTo(200);
            ApiRulesSuite.assertError(api.get("/teams/team-acme/users", Api.BOB), 429, "TOO_MANY_REQUESTS");
            ApiRulesSuite.assertError(api.get("/auth/session", "wrong-key-4"), 429, "TOO_MANY_REQUESTS");
        }
    }

    /**
     * A member's key proven valid before asks for an admin operation during a lockout: its refusal is decided on a fresh
     * lookup (the member may have been made an admin since), which guesses nothing and so is not held back by the
     * limit. It was 429, which the kit's stateful phase found.
     */
    @Test
    void aKeyAlreadyInUseIsRefusedForWhatItMayNotDoNotLockedOut() throws Exception {
        try (TestServer server = TestServer.start(Database.embedded(dir), dir, 3)) {
            Api api = server.api();
            assertThat(api.get("/teams/team-acme/users", Api.BOB).status()).isEqualTo(200);
            for (int i = 0; i < 3; i++) {
                assertThat(api.get("/auth/session", "wrong-key-" + i).status()).isEqualTo(401);
            }

            ApiRulesSuite.assertError(api.json("POST", "/teams/team-acme/secrets", Api.BOB, "{\"name\":\"LOCKED\",\"value\":\"v\"}"),
                    403, "FORBIDDEN");
            assertThat(api.get("/teams/team-acme/users", Api.BOB).status()).as("the member's key still reads").isEqualTo(200);
        }
    }

    @Test
    void behindATrustedProxyTheForwardedClientIsCounted() throws Exception {
        try (TestServer server = TestServer.start(Database.embedded(dir), dir, new AuthFailurePolicy(2, Set.of("127.0.0.1")))) {
            for (int i = 0; i < 2; i++) {
                assertThat(forwarded(server, "203.0.113.7", "wrong-key-" + i)).isEqualTo(401);
            }
            assertThat(forwarded(server, "203.0.113.7", "wrong-key-2")).isEqualTo(429);
            assertThat(forwarded(server, "203.0.113.8", "wrong-key-3")).as("another client behind the same proxy").isEqualTo(401);
            // A client cannot pick its address: the proxy appends the one it saw after whatever the client wrote.
            assertThat(forwarded(server, "203.0.113.8, 203.0.113.7", "wrong-key-4")).isEqualTo(429);
        }
    }

    @Test
    void requestsWithoutAKeyGuessNothingAndAreNotCounted() throws Exception {
        try (TestServer server = TestServer.start(Database.embedded(dir), dir, 2)) {
            Api api = server.api();
            for (int i = 0; i < 5; i++) {
                assertThat(api.get("/teams/team-acme/users", null).status()).as("without a key, %d", i + 1).isEqualTo(401);
            }
            assertThat(api.get("/auth/session", "wrong-key-0").status()).as("the first guess after them").isEqualTo(401);
            assertThat(api.get("/teams/team-acme/users", Api.ALICE).status()).isEqualTo(200);
        }
    }

    @Test
    void anUntrustedPeersForwardedForIsIgnored() throws Exception {
        try (TestServer server = TestServer.start(Database.embedded(dir), dir, 2)) {
            // No trusted proxy: a client naming another address in X-Forwarded-For is still counted as itself.
            for (int i = 0; i < 2; i++) {
                assertThat(forwarded(server, "203.0.113." + i, "wrong-key-" + i)).isEqualTo(401);
            }
            assertThat(forwarded(server, "203.0.113.2", "wrong-key-2")).isEqualTo(429);
        }
    }

    @Test
    void aForwardedHopThatIsNoAddressCountsAgainstTheProxyWithoutAnError() throws Exception {
        try (TestServer server = TestServer.start(Database.embedded(dir), dir, new AuthFailurePolicy(2, Set.of("127.0.0.1")))) {
            // 100 characters did not fit the limiter's address column: 500 and a stack trace on every request.
            assertThat(forwarded(server, "x".repeat(100), "wrong-key-0")).isEqualTo(401);
            assertThat(forwarded(server, "1.2.3.4.5", "wrong-key-1")).isEqualTo(401);
            assertThat(forwarded(server, "203.0.113.9", "wrong-key-2")).as("a real client behind the proxy").isEqualTo(401);
            assertThat(forwarded(server, "proxy.example", "wrong-key-3")).as("the proxy's own count is spent").isEqualTo(429);
        }
    }

    private static int forwarded(TestServer server, String forwardedFor, String key) {
        return Api.send(HttpRequest.newBuilder(URI.create(server.baseUri() + "/auth/session")).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + key).header("X-Forwarded-For", forwardedFor).build()).status();
    }

    @Test
    void guessesArrivingAllAtOnceGetNoMoreThanTheLimit() throws Exception {
        int limit = 20;
        try (TestServer server = TestServer.start(Database.embedded(dir), dir, limit)) {
            Api api = server.api();
            ExecutorService clients = Executors.newFixedThreadPool(50);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    String guess = "ps_guess_" + i;
                    answers.add(clients.submit(() -> api.get("/teams/team-acme/secrets", guess).status()));
                }
                Map<Integer, Integer> statuses = new TreeMap<>();
                for (Future<Integer> answer : answers) {
                    statuses.merge(answer.get(30, TimeUnit.SECONDS), 1, Integer::sum);
                }
                // Checked before any guess was counted, 35 of 200 got 401 with a limit of 20.
                assertThat(statuses).as("statuses").containsOnlyKeys(401, 429).containsEntry(401, limit);
            } finally {
                clients.shutdownNow();
            }
        }
    }
}
