package io.github.teamauthkit.reference;

import io.github.teamauthkit.reference.store.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A suite of HTTP tests against a server started for each test on a fresh database of the subclass's engine. */
abstract class StartedServerSuite {

    @TempDir
    Path dir;
    TestServer server;
    Api api;

    abstract Database openDatabase(Path dataDir) throws Exception;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(openDatabase(dir), dir, 1000);
        api = server.api();
    }

    @AfterEach
    void stop() {
        server.close();
    }
}
