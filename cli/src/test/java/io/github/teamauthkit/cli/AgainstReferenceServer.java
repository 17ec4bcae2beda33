package io.github.teamauthkit.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Tests that run {@code paperspace} processes against a reference server of their own, with a temporary home. */
abstract class AgainstReferenceServer {

    @TempDir
    Path work;
    Cli cli;

    @BeforeEach
    void startServer() throws Exception {
        cli = new Cli(work);
    }

    @AfterEach
    void stopServer() {
        cli.close();
    }
}
