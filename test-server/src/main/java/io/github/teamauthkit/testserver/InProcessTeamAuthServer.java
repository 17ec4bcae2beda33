package io.github.teamauthkit.testserver;

import io.github.teamauthkit.reference.fault.Faults;
import io.github.teamauthkit.reference.http.ReferenceServer;
import io.github.teamauthkit.reference.security.ApiKeys;
import io.github.teamauthkit.reference.security.AuthFailurePolicy;
import io.github.teamauthkit.reference.security.SecretCipher;
import io.github.teamauthkit.reference.store.Database;
import io.github.teamauthkit.reference.store.Seed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One reference server on a free loopback port with an in-memory database and the seeded teams of
 * {@link TestTeam}: what {@link TeamAuthTestServer} runs, for tests that manage it themselves.
 */
public final class InProcessTeamAuthServer implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    private final Path directory;
    private final Database database;
    private final ReferenceServer server;
    private final TestTeam team;

    private InProcessTeamAuthServer() throws IOException {
        directory = Files.createTempDirectory("teamauth-test-server");
        String admin = ApiKeys.generate();
        String member = ApiKeys.generate();
        String disposable = ApiKeys.generate();
        String other = ApiKeys.generate();
        Seed.Fixture fixture = new Seed.Fixture(List.of(
                new Seed.Team("team-test", "Test", "test", List.of(
                        new Seed.Member("user-admin", "admin@test.test", "Ada", null, true, true, List.of(admin)),
                        new Seed.Member("user-member", "member@test.test", "Max", null, false, false, List.of(member)),
                        new Seed.Member("user-disposable", "gone@test.test", null, null, false, false, List.of(disposable)))),
                new Seed.Team("team-other", "Other", "other", List.of(
                        new Seed.Member("user-other", "other@other.test", null, null, true, true, List.of(other))))));
        // In memory: nothing to clean up on disk but the master key, and each server starts empty.
        database = Database.inMemory();
        Seed.apply(database, fixture, Clock.systemUTC());
        server = ReferenceServer.start("127.0.0.1", 0, null, database, SecretCipher.fromKeyFile(directory.resolve("master.key")),
                AuthFailurePolicy.limit(100_000), Clock.systemUTC());
        team = new TestTeam(server.baseUri().toString(), "team-test", admin, member, "user-disposable", disposable, "team-other",
                other);
    }

    /**
     * Starts a server. Its logs stay out of the test output (warnings and errors only) unless the system property
     * {@code teamauth.testserver.logs} is {@code true}.
     *
     * @return the running server; close it when done
     * @throws IOException if its temporary directory cannot be made
     */
    public static InProcessTeamAuthServer start() throws IOException {
        QuietLogs.applyUnlessSwitchedOn();
        return new InProcessTeamAuthServer();
    }

    /**
     * The seeded team, its keys and where the server is.
     *
     * @return the team
     */
    public TestTeam team() {
        return team;
    }

    /**
     * The server's fault plan: make chosen operations fail as networks and servers do, on its real state. Empty at
     * start; the {@link TeamAuthTestServer} extension empties it after each test.
     *
     * <pre>{@code
     * server.faults().on("createTeamSecret").next(1).commitThenDrop();  // created, and the answer lost
     * }</pre>
     *
     * @return the plan
     */
    public Faults faults() {
        return server.faults();
    }

    /** Stops the server and removes its files. */
    @Override
    public void close() throws IOException {
        server.close();
        database.close();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
