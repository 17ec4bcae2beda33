package io.github.teamauthkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.teamauthkit.reference.Api.Reply;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default engine keeps what it acknowledged: across a clean restart, and across {@code kill -9}. */
class DurabilityTest {

    private static final int WRITERS = 4;
    private static final int MAX_WRITES = 5_000;
    private static final int KILL_AFTER = 200;

    @TempDir
    Path dir;

    @Test
    void kill9InAStreamOfWritesLosesNoAcknowledgedWrite() throws Exception {
        Path data = dir.resolve("data");
        String[] args = {"--port", "0", "--data-dir", data.toString(), "--seed", TestServer.fixture().toString()};
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        // The kill comes on an event, the 200th acknowledgement, not after a time: a slow machine waits longer.
        CountDownLatch twoHundred = new CountDownLatch(KILL_AFTER);
        AtomicInteger next = new AtomicInteger();
        boolean reached = false;
        try (ServerProcess server = ServerProcess.start(dir, args)) {
            Api api = server.api();
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                running.add(writers.submit(() -> write(api, next, acknowledged, twoHundred)));
            }
            // Up to 5 minutes, unless the writers all stop first (every write refused): then nothing more will come.
            for (int second = 0; second < 300 && !reached && running.stream().anyMatch(writer -> !writer.isDone()); second++) {
                reached = twoHundred.await(1, TimeUnit.SECONDS);
            }
            server.kill();
            for (Future<?> writer : running) {
                writer.get(30, TimeUnit.SECONDS);
            }
            writers.shutdown();
        }
        assertThat(reached).as("%d writes acknowledged within 5 minutes", KILL_AFTER).isTrue();
        assertThat(acknowledged).as("writes acknowledged before the kill").hasSizeGreaterThanOrEqualTo(KILL_AFTER);

        try (ServerProcess restarted = ServerProcess.start(dir, args)) {
            List<String> stored = restarted.api().walk("/teams/team-acme/secrets", Api.ALICE).stream()
                    .map(secret -> secret.path("name").asText()).toList();
            assertThat(stored).containsAll(acknowledged);
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

    /** Creates secrets one after another until the server dies; records each answered 200. */
    private static void write(Api api, AtomicInteger next, Set<String> acknowledged, CountDownLatch counted) {
        for (int i = next.getAndIncrement(); i < MAX_WRITES; i = next.getAndIncrement()) {
            String name = "S" + i;
            Reply reply;
            try {
                reply = api.json("POST", "/teams/team-acme/secrets", Api.ALICE, "{\"name\":\"" + name + "\",\"value\":\"v" + i + "\"}");
            } catch (UncheckedIOException e) {
                return;
            }
            if (reply.status() == 200) {
                acknowledged.add(name);
                counted.countDown();
            }
        }
    }
}
