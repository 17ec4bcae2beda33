package io.github.teamauthkit.testserver;

import io.github.teamauthkit.reference.http.ReferenceServer;
import io.github.teamauthkit.reference.security.ApiKeys;
import io.github.teamauthkit.reference.security.SecretCipher;
import io.github.teamauthkit.reference.store.Database;
import io.github.teamauthkit.reference.store.Seed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;

/** One reference server with its in-memory database and seeded teams, closed with its JUnit scope. */
final class RunningServer implements ExtensionContext.Store.CloseableResource {

    private final Path directory;
    private final Database database;
    private final ReferenceServer server;
    private final TestTeam team;

    RunningServer() throws IOException {
        directory = Files.createTempDirectory("teamauth-test-server");
        String admin = ApiKeys.generate();
        String member = ApiKeys.generate();
        String other = ApiKeys.generate();
        Path fixture = Files.writeString(directory.resolve("fixture.json"), """
                {"teams": [
                  {"id": "team-test", "name": "Test", "namespace": "test", "members": [
                    {"id": "user-admin", "email": "admin@test.test", "firstName": "Ada", "isOwner": true, "apiKeys": ["%s"]},
                    {"id": "user-member", "email": "member@test.test", "firstName": "Max", "isAdmin": false, "apiKeys": ["%s"]}]},
                  {"id": "team-other", "name": "Other", "namespace": "other", "members": [
                    {"id": "user-other", "email": "other@other.test", "isOwner": true, "apiKeys": ["%s"]}]}]}
                """.formatted(admin, member, other));
        // In memory: nothing to clean up on disk but the master key, and each server starts empty.
        database = Database.open("jdbc:h2:mem:teamauth-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Seed.apply(database, fixture, Clock.systemUTC());
        server = ReferenceServer.start("127.0.0.1", 0, null, database, SecretCipher.fromKeyFile(directory.resolve("master.key")),
                100_000, Clock.systemUTC());
        team = new TestTeam(server.baseUri().toString(), "team-test", admin, member, "team-other", other);
    }

    TestTeam team() {
        return team;
    }

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
