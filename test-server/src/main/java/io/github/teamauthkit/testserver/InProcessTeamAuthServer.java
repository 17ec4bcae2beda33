package io.github.teamauthkit.testserver;

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
        Path fixture = Files.writeString(directory.resolve("fixture.json"), """
                {"teams": [
                  {"id": "team-test", "name": "Test", "namespace": "test", "members": [
                    {"id": "user-admin", "email": "admin@test.test", "firstName": "Ada", "isOwner": true, "apiKeys": ["%s"]},
                    {"id": "user-member", "email": "member@test.test", "firstName": "Max", "isAdmin": false, "apiKeys": ["%s"]},
                    {"id": "user-disposable", "email": "gone@test.test", "isAdmin": false, "apiKeys": ["%s"]}]},
                  {"id": "team-other", "name": "Other", "namespace": "other", "members": [
                    {"id": "user-other", "email": "other@other.test", "isOwner": true, "apiKeys": ["%s"]}]}]}
                """.formatted(admin, member, disposable, other));
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
