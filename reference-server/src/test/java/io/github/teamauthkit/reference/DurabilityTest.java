package io.github.teamauthkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.teamauthkit.reference.Api.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default engine keeps what it acknowledged: across a clean restart, and across {@code kill -9} in the middle of
 * concurrent creates, updates and deletes, round after round on the same data directory.
 */
class DurabilityTest {

    /** Rounds of writes, kill and check on one data directory: its state (and H2's file) grows from round to round. */
    private static final int ROUNDS = 6;
    private static final int WRITERS = 8;
    /** Each writer's bound, should the kill never come. */
    private static final int MAX_WRITES_PER_WRITER = 2_000;
    private static final String SECRETS = "/teams/team-acme/secrets";

    @TempDir
    Path dir;

    @Test
    void kill9AmidConcurrentWritesLosesNoAcknowledgedWrite() throws Exception {
        Path data = dir.resolve("data");
        Ledger ledger = new Ledger();
        // A fixed seed: each round kills after its own number of acknowledgements, the same on every run.
        Random random = new Random(35);
        for (int round = 0; round < ROUNDS; round++) {
            int killAfter = 50 + random.nextInt(400);
            List<String> args = new ArrayList<>(List.of("--port", "0", "--data-dir", data.toString()));
            if (round == 0) {
                args.addAll(List.of("--seed", TestServer.fixture().toString()));
            }
            try (ServerProcess server = ServerProcess.start(dir, args.toArray(String[]::new))) {
                writeUntilKilled(server, round, killAfter, ledger);
            }
            try (ServerProcess restarted = ServerProcess.start(dir, "--port", "0", "--data-dir", data.toString())) {
                Map<String, Instant> stored = new HashMap<>();
                List<JsonNode> secrets;
                try {
                    secrets = restarted.api().walk(SECRETS, Api.ALICE);
                } catch (AssertionError unreadable) {
                    throw new AssertionError("round " + round + ": " + unreadable.getMessage() + "\nthe restarted server's log:\n"
                            + restarted.stderr(), unreadable);
                }
                secrets.forEach(secret -> stored.put(secret.path("name").asText(), Instant.parse(secret.path("dtModified").asText())));
                ledger.check(round, stored);
            }
        }
    }

    /**
     * Runs the writers until {@code killAfter} writes were acknowledged, then kills the server with them still
     * writing: the kill comes on an event, not after a time, so a slow machine waits longer.
     */
    private static void writeUntilKilled(ServerProcess server, int round, int killAfter, Ledger ledger) throws Exception {
        Api api = server.api();
        CountDownLatch acknowledgements = new CountDownLatch(killAfter);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                String prefix = "R" + round + "W" + w + "N";
                Random choices = new Random(round * 100L + w);
                running.add(writers.submit(() -> write(api, prefix, choices, ledger, acknowledgements)));
            }
            boolean reached = false;
            // Up to 5 minutes, unless the writers all stop first (every write refused): then nothing more will come.
            for (int second = 0; second < 300 && !reached && running.stream().anyMatch(writer -> !writer.isDone()); second++) {
                reached = acknowledgements.await(1, TimeUnit.SECONDS);
            }
            server.kill();
            for (Future<?> writer : running) {
                writer.get(30, TimeUnit.SECONDS);
            }
            assertThat(reached).as("round %d: %d writes acknowledged within 5 minutes", round, killAfter).isTrue();
        } finally {
            writers.shutdownNow();
        }
    }

    /** One writer: creates (60 %), updates (20 %) and deletes (20 %) its own secrets until the server is gone. */
    private static void write(Api api, String prefix, Random choices, Ledger ledger, CountDownLatch acknowledgements) {
        List<String> mine = new ArrayList<>();
        try {
            for (int n = 0; n < MAX_WRITES_PER_WRITER; n++) {
                int choice = choices.nextInt(10);
                if (choice < 6 || mine.isEmpty()) {
                    String name = prefix + n;
                    if (api.json("POST", SECRETS, Api.ALICE, "{\"name\":\"" + name + "\",\"value\":\"v\"}").status() == 200) {
                        ledger.created(name);
                        mine.add(name);
                        acknowledgements.countDown();
                    }
                } else if (choice < 8) {
                    String name = mine.get(choices.nextInt(mine.size()));
                    Reply reply = api.json("PATCH", SECRETS + "/" + name, Api.ALICE, "{\"value\":\"u" + n + "\"}");
                    if (reply.status() == 200) {
                        ledger.updated(name, Instant.parse(reply.json().path("dtModified").asText()));
                        acknowledgements.countDown();
                    }
                } else {
                    String name = mine.remove(choices.nextInt(mine.size()));
                    ledger.deleting(name);
                    if (api.delete(SECRETS + "/" + name, Api.ALICE).status() == 200) {
                        ledger.deleted(name);
                        acknowledgements.countDown();
                    }
                }
            }
        } catch (UncheckedIOException killed) {
            // The server is gone: whatever was sent last was never answered, so the ledger has no claim on it.
        }
    }

    @Test
    void aRestartKeepsEverything() throws Exception {
        Path data = dir.resolve("data");
        String[] args = {"--port", "0", "--data-dir", data.toString(), "--seed", TestServer.fixture().toString()};
        try (ServerProcess server = ServerProcess.start(dir, args)) {
            Api api = server.api();
            assertThat(api.json("POST", "/teams/team-acme/secrets", Api.ALICE, "{\"name\":\"KEPT\",\"value\":\"v\"}").status())
                    .isEqualTo(200);
            assertThat(api.json("PUT", "/teams/team-acme/users/user-bob", Api.ALICE, "{\"isAdmin\":true}").status())
                    .isEqualTo(200);
            assertThat(server.terminate()).isZero();
        }
        try (ServerProcess server = ServerProcess.start(dir, "--port", "0", "--data-dir", data.toString())) {
            Api api = server.api();
            assertThat(api.get("/teams/team-acme/secrets/KEPT", Api.BOB).status()).isEqualTo(200);
            assertThat(api.get("/teams/team-acme/users", Api.BOB).json().findValuesAsText("isAdmin")).containsOnly("true");
        }
    }

    /**
     * What the server acknowledged, across all rounds. A name whose delete was sent and not answered is in neither
     * claim: that delete may or may not have been committed before the kill.
     */
    private static final class Ledger {
        private final Set<String> present = new HashSet<>();
        private final Set<String> absent = new HashSet<>();
        private final Map<String, Instant> modifiedNoEarlierThan = new HashMap<>();
        private int acknowledged;

        synchronized void created(String name) {
            present.add(name);
            acknowledged++;
        }

        synchronized void updated(String name, Instant dtModified) {
            modifiedNoEarlierThan.put(name, dtModified);
            acknowledged++;
        }

        synchronized void deleting(String name) {
            present.remove(name);
            modifiedNoEarlierThan.remove(name);
        }

        synchronized void deleted(String name) {
            absent.add(name);
            acknowledged++;
        }

        synchronized void check(int round, Map<String, Instant> stored) {
            assertThat(stored.keySet()).as("round %d: acknowledged creates (%d writes acknowledged so far)", round, acknowledged)
                    .containsAll(present);
            assertThat(stored.keySet()).as("round %d: acknowledged deletes", round).doesNotContainAnyElementsOf(absent);
            modifiedNoEarlierThan.forEach((name, dtModified) -> assertThat(stored.get(name))
                    .as("round %d: the dtModified of %s, whose update was acknowledged", round, name).isAfterOrEqualTo(dtModified));
        }
    }
}
