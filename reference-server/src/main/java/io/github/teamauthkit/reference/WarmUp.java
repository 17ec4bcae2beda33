package io.github.teamauthkit.reference;

import io.github.teamauthkit.reference.http.ReferenceServer;
import io.github.teamauthkit.reference.security.AuthFailurePolicy;
import io.github.teamauthkit.reference.security.SecretCipher;
import io.github.teamauthkit.reference.store.Database;
import io.github.teamauthkit.reference.store.DemoTeam;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code --warm-up}: before the server says it is listening, a throwaway server of the same code, on a database in
 * memory with a team of its own, answers the API's common requests for a while, so the JIT has compiled their paths
 * before the first client arrives. Under load from the start, the optimizing compiler otherwise shares the cores with
 * the requests and takes minutes to catch up (BENCHMARKS.md: warm-up). Nothing of it touches the real database,
 * listens beyond loopback, or reaches the access log.
 */
final class WarmUp {

    private static final String TEAM = DemoTeam.TEAM_ID;
    private static final int SECRETS = 20;
    /**
     * Few connections: the compilers get CPU in proportion to the threads they compete with, and each connection keeps
     * a server thread busy; four kept the server answering while the compilers caught up (BENCHMARKS.md: warm-up).
     */
    private static final int CONNECTIONS = 4;

    private final Map<String, LongAdder> answered = new ConcurrentHashMap<>();

    private WarmUp() {
    }

    /**
     * Warms up for about this long.
     *
     * @return how many requests of each kind were answered as expected, e.g. {@code "GET secrets" -> 5000}
     */
    static Map<String, Long> run(Duration length, Clock clock) throws IOException, InterruptedException {
        Logger accessLog = Logger.getLogger(ReferenceServer.ACCESS_LOG);
        Level level = accessLog.getLevel();
        accessLog.setLevel(Level.OFF);
        Path directory = Files.createTempDirectory("teamauth-warm-up");
        try (Database database = Database.inMemory()) {
            String key = DemoTeam.createIfEmpty(database, clock).orElseThrow();
            SecretCipher cipher = SecretCipher.fromKeyFile(directory.resolve("master.key"));
            try (ReferenceServer server = ReferenceServer.start("127.0.0.1", 0, null, database, cipher,
                    AuthFailurePolicy.limit(Integer.MAX_VALUE), clock)) {
                WarmUp warmUp = new WarmUp();
                warmUp.drive(server.baseUri(), key, System.nanoTime() + length.toNanos());
                Map<String, Long> counts = new TreeMap<>();
                warmUp.answered.forEach((kind, count) -> counts.put(kind, count.sum()));
                return counts;
            }
        } finally {
            accessLog.setLevel(level);
            Files.deleteIfExists(directory.resolve("master.key"));
            Files.deleteIfExists(directory);
        }
    }

    private void drive(URI base, String key, long deadline) throws IOException, InterruptedException {
        String authorization = "Bearer " + key;
        try (WarmUpConnection setup = new WarmUpConnection(base, authorization)) {
            for (int i = 1; i <= SECRETS; i++) {
                count("POST secrets", setup.send("POST", "/teams/" + TEAM + "/secrets", secret(String.format("WARM_UP_%02d", i))), 200);
            }
        }
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        for (int t = 0; t < CONNECTIONS; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                try (WarmUpConnection connection = new WarmUpConnection(base, authorization)) {
                    // Every kind of request at least once, however short the warm-up.
                    long round = 0;
                    do {
                        round(connection, thread, round++);
                    } while (System.nanoTime() < deadline);
                } catch (IOException | RuntimeException e) {
                    failures.add(e);
                }
            }, "warm-up-" + t);
            worker.start();
            threads.add(worker);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("the warm-up failed: " + failures.get(0).getMessage(), failures.get(0));
        }
    }

    /** One round of the mix: mostly reads, as a client's day is, and each write of a secret now and then. */
    private void round(WarmUpConnection connection, int thread, long round) throws IOException {
        String secrets = "/teams/" + TEAM + "/secrets";
        String own = secrets + "/WARM_UP_T" + thread;
        for (int i = 0; i < 6; i++) {
            count("GET secrets", connection.send("GET", secrets, null), 200);
        }
        count("GET secrets page 2", connection.send("GET", secrets + "?limit=5", null), 200);
        count("GET members", connection.send("GET", "/teams/" + TEAM + "/users", null), 200);
        count("GET session", connection.send("GET", "/auth/session", null), 200);
        count("GET secret", connection.send("GET", secrets + "/WARM_UP_01", null), 200);
        count("GET missing secret", connection.send("GET", secrets + "/NO_SUCH_SECRET", null), 404);
        if (round % 4 == 0) {
            count("POST secret", connection.send("POST", secrets, secret("WARM_UP_T" + thread)), 200);
            count("PATCH secret", connection.send("PATCH", own, "{\"value\": \"warm-up value " + round + "\"}"), 200);
            count("DELETE secret", connection.send("DELETE", own, null), 200);
        }
    }

    private void count(String kind, int status, int expected) {
        if (status != expected) {
            throw new IllegalStateException(kind + " answered " + status + ", not " + expected);
        }
        answered.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    private static String secret(String name) {
        return "{\"name\": \"" + name + "\", \"value\": \"warm-up value of " + name + "\"}";
    }
}
