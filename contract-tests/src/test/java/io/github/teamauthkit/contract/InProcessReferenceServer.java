package io.github.teamauthkit.contract;

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
import java.util.stream.Stream;

/**
 * Our build's target: the reference server on a free loopback port, with a temporary database and
 * fresh keys. Registered as the {@link ContractTargetProvider} of this module's tests.
 */
public final class InProcessReferenceServer implements AutoCloseable {

    /** The provider our test run registers: one server for the run, stopped when the JVM exits. */
    public static final class Provider implements ContractTargetProvider {

        @Override
        public ContractTarget start() throws IOException {
            InProcessReferenceServer server = new InProcessReferenceServer();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException e) {
                    // The JVM is exiting; a leftover temporary directory is all that is lost.
                }
            }));
            return server.target();
        }
    }

    private final Path dataDir;
    private final Database database;
    private final ReferenceServer server;
    private final ContractTarget target;

    InProcessReferenceServer() throws IOException {
        dataDir = Files.createTempDirectory("contract-reference");
        String admin = ApiKeys.generate();
        String member = ApiKeys.generate();
        String other = ApiKeys.generate();
        String disposable = ApiKeys.generate();
        Path fixture = Files.writeString(dataDir.resolve("fixture.json"), """
                {"teams": [
                  {"id": "team-contract", "name": "Contract", "namespace": "contract", "members": [
                    {"id": "user-admin", "email": "admin@contract.test", "isAdmin": true, "apiKeys": ["%s"]},
                    {"id": "user-member", "email": "member@contract.test", "isAdmin": false, "apiKeys": ["%s"]},
                    {"id": "user-disposable", "email": "gone@contract.test", "isAdmin": false, "apiKeys": ["%s"]}]},
                  {"id": "team-elsewhere", "name": "Elsewhere", "namespace": "elsewhere", "members": [
                    {"id": "user-other", "email": "other@elsewhere.test", "isAdmin": true, "apiKeys": ["%s"]}]}]}
                """.formatted(admin, member, disposable, other));
        database = Database.embedded(dataDir);
        Seed.apply(database, fixture, Clock.systemUTC());
        Files.delete(fixture);
        // High enough that the authorization tests' deliberate failures never trip the 429 limit.
        server = ReferenceServer.start("127.0.0.1", 0, null, database, SecretCipher.fromKeyFile(dataDir.resolve("master.key")),
                100_000, Clock.systemUTC());
        target = new ContractTarget(server.baseUri().toString(), "team-contract", admin, member, other, "user-disposable",
                disposable);
    }

    ContractTarget target() {
        return target;
    }

    @Override
    public void close() throws IOException {
        server.close();
        database.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
