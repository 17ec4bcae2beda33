package io.github.teamauthkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.teamauthkit.reference.Api.Reply;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Two server processes on one PostgreSQL behave as one service. */
class TwoServersOnPostgresTest {

    @TempDir
    Path dir;

    @Test
    void twoProcessesShareStateAndRules() throws Exception {
        try (Pair servers = startPair()) {
            Api a = servers.a();
            Api b = servers.b();

            assertThat(a.json("POST", "/teams/team-acme/secrets", Api.ALICE, "{\"name\":\"SHARED\",\"value\":\"v\"}").status())
                    .isEqualTo(200);
            assertThat(b.get("/teams/team-acme/secrets/SHARED", Api.BOB).status()).isEqualTo(200);
            assertThat(b.json("POST", "/teams/team-acme/secrets", Api.ALICE, "{\"name\":\"SHARED\",\"value\":\"v\"}").status())
                    .isEqualTo(409);

            for (int round = 0; round < 10; round++) {
                assertThat(a.json("PUT", "/teams/team-acme/users/user-bob", Api.ALICE, "{\"isAdmin\":true}").status()).isEqualTo(200);
                // Each server alone would allow its demotion; together they must not leave the team without an admin.
                CompletableFuture<Reply> demoteAlice = CompletableFuture.supplyAsync(() ->
                        a.json("PUT", "/teams/team-acme/users/user-alice", Api.ALICE, "{\"isAdmin\":false}"));
                CompletableFuture<Reply> demoteBob = CompletableFuture.supplyAsync(() ->
                        b.json("PUT", "/teams/team-acme/users/user-bob", Api.ALICE, "{\"isAdmin\":false}"));
                List<Integer> statuses = List.of(demoteAlice.get().status(), demoteBob.get().status());
                List<String> admins = b.get("/teams/team-acme/users", Api.ALICE).json().findValues("isAdmin").stream()
                        .map(Object::toString).toList();
                assertThat(admins).as("round %d, answers %s", round, statuses).containsOnlyOnce("true");
                assertThat(statuses).as("round %d", round).containsOnlyOnce(200);
                String admin = statuses.get(0) == 200 ? Api.BOB : Api.ALICE;
                assertThat(a.json("PUT", "/teams/team-acme/users/user-alice", admin, "{\"isAdmin\":true}").status()).isEqualTo(200);
            }

            assertThat(a.delete("/teams/team-acme/users/user-bob", Api.ALICE).status()).isEqualTo(200);
            assertThat(b.get("/auth/session", Api.BOB).status()).as("a removed member's key, on the other server").isEqualTo(401);
        }
    }

    /**
     * Each server caches key lookups; a change made through the other server (or by an operator) is still seen on the
     * very next request, on every path a request can take: a refusal, a write, a list, and an answer without the
     * database.
     */
    @Test
    void aChangeMadeElsewhereIsSeenOnTheNextRequest() throws Exception {
        try (Pair servers = startPair()) {
            Api a = servers.a();
            Api b = servers.b();
            String secrets = "/teams/team-acme/secrets";
            assertThat(b.get(secrets, Api.BOB).status()).isEqualTo(200);
            assertThat(b.json("POST", secrets, Api.ALICE, "{\"name\":\"CACHED\",\"value\":\"v\"}").status()).isEqualTo(200);
            assertThat(b.json("POST", secrets, Api.BOB, "{\"name\":\"NOT_YET\",\"value\":\"v\"}").status()).isEqualTo(403);

            assertThat(a.json("PUT", "/teams/team-acme/users/user-bob", Api.ALICE, "{\"isAdmin\":true}").status()).isEqualTo(200);
            assertThat(b.json("POST", secrets, Api.BOB, "{\"name\":\"PROMOTED\",\"value\":\"v\"}").status())
                    .as("a write by a member made admin on the other server").isEqualTo(200);

            assertThat(a.json("PUT", "/teams/team-acme/users/user-alice", Api.BOB, "{\"isAdmin\":false}").status()).isEqualTo(200);
            assertThat(b.json("POST", secrets, Api.ALICE, "{\"name\":\"DEMOTED\",\"value\":\"v\"}").status())
                    .as("a write by an admin demoted on the other server").isEqualTo(403);

            assertThat(a.delete("/teams/team-acme/users/user-alice", Api.BOB).status()).isEqualTo(200);
            assertThat(b.get(secrets, Api.ALICE).status()).as("a list by a member removed on the other server").isEqualTo(401);

            String bobsKey = keyIdOf(servers.url(), "user-bob");
            assertThat(admin("revoke-key", bobsKey, "--db-url=" + servers.url(), "--db-user=" + LocalPostgres.USER)).isZero();
            assertThat(b.json("POST", secrets, Api.BOB, "{}").status())
                    .as("an invalid request, answered without the database, with a key an operator revoked").isEqualTo(401);
            assertThat(b.get(secrets, Api.BOB).status()).isEqualTo(401);
        }
    }

    private static String keyIdOf(String url, String user) {
        StringWriter out = new StringWriter();
        CommandLine command = ReferenceServerMain.commandLine();
        command.setOut(new PrintWriter(out, true));
        assertThat(command.execute("admin", "list-keys", "--team", "team-acme", "--db-url=" + url, "--db-user=" + LocalPostgres.USER))
                .isZero();
        return out.toString().lines().filter(line -> line.contains(" " + user + " ")).map(line -> line.split(" ")[0])
                .findFirst().orElseThrow(() -> new AssertionError("no key of " + user + " in " + out));
    }

    private static int admin(String command, String... arguments) {
        String[] args = new String[arguments.length + 2];
        args[0] = "admin";
        args[1] = command;
        System.arraycopy(arguments, 0, args, 2, arguments.length);
        return ReferenceServerMain.commandLine().execute(args);
    }

    @Test
    void guessesSpreadOverTwoServersShareOneLimit() throws Exception {
        int limit = 3;
        try (Pair pair = startPair("--auth-failure-limit", "3")) {
            List<Api> servers = List.of(pair.a(), pair.b());
            int guesses = 0;
            int limited = 0;
            for (int i = 0; i < 4 * limit && limited < 2; i++) {
                int status = servers.get(i % 2).get("/auth/session", "ps_guess_" + i).status();
                if (status == 401) {
                    guesses++;
                } else {
                    assertThat(status).isEqualTo(429);
                    limited++;
                }
            }
            // Each guess is counted in the shared database before its key is looked up; alone, each server allowed 3.
            assertThat(guesses).as("guesses answered 401 before both servers answered 429").isEqualTo(limit);
            assertThat(limited).isEqualTo(2);
        }
    }

    /** Two server processes on one new database, each with {@code options}; the first seeds it with the fixture. */
    private Pair startPair(String... options) throws Exception {
        String url = LocalPostgres.get().newDatabase();
        Path masterKey = dir.resolve("shared-master.key");
        List<String> seeding = new java.util.ArrayList<>(List.of("--seed", TestServer.fixture().toString()));
        seeding.addAll(List.of(options));
        ServerProcess first = start("a", url, masterKey, seeding.toArray(String[]::new));
        try {
            return new Pair(url, first, start("b", url, masterKey, options));
        } catch (Exception e) {
            first.close();
            throw e;
        }
    }

    private record Pair(String url, ServerProcess first, ServerProcess second) implements AutoCloseable {
        Api a() {
            return first.api();
        }

        Api b() {
            return second.api();
        }

        @Override
        public void close() throws InterruptedException {
            try (ServerProcess closedFirst = first; ServerProcess closedSecond = second) {
                // Both stop, the second first, whatever either throws.
            }
        }
    }

    private ServerProcess start(String name, String url, Path masterKey, String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("--port", "0", "--data-dir", dir.resolve(name).toString(),
                "--db-url", url, "--db-user", LocalPostgres.USER, "--master-key-file", masterKey.toString()));
        args.addAll(List.of(more));
        return ServerProcess.start(dir, args.toArray(String[]::new));
    }
}
