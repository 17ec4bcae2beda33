package io.github.teamauthkit.reference;

import io.github.teamauthkit.reference.fault.Faults;
import io.github.teamauthkit.reference.http.ReferenceServer;
import io.github.teamauthkit.reference.security.AuthFailurePolicy;
import io.github.teamauthkit.reference.security.SecretCipher;
import io.github.teamauthkit.reference.store.Database;
import io.github.teamauthkit.reference.store.Seed;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;

/** The reference server in this JVM on a free loopback port, seeded with {@code fixture.json}. */
final class TestServer implements AutoCloseable {

    private final Database database;
    private final ReferenceServer server;

    private TestServer(Database database, ReferenceServer server) {
        this.database = database;
        this.server = server;
    }

    static TestServer start(Database database, Path dataDir, int authFailureLimit) throws Exception {
        return start(database, dataDir, AuthFailurePolicy.limit(authFailureLimit));
    }

    static TestServer start(Database database, Path dataDir, AuthFailurePolicy authFailures) throws Exception {
        Seed.apply(database, fixture(), Clock.systemUTC());
        SecretCipher cipher = SecretCipher.fromKeyFile(dataDir.resolve("master.key"));
        return new TestServer(database, ReferenceServer.start("127.0.0.1", 0, null, database, cipher, authFailures, Clock.systemUTC()));
    }

    static Path fixture() throws Exception {
        return Path.of(TestServer.class.getResource("/fixture.json").toURI());
    }

    Api api() {
        return new Api(server.baseUri());
    }

    URI baseUri() {
        return server.baseUri();
    }

    Faults faults() {
        return server.faults();
    }

    Database database() {
        return database;
    }

    @Override
    public void close() {
        server.close();
        database.close();
    }
}
