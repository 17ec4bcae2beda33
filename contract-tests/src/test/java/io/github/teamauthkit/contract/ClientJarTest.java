package io.github.teamauthkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.teamauthkit.client.TeamAuthClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The client as users get it: the packaged jar. */
class ClientJarTest {

    @Test
    void manifestDeclaresAnAutomaticModuleName() throws Exception {
        Path location = Path.of(TeamAuthClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(Files.isRegularFile(location)).as("client on the class path as a jar: %s", location).isTrue();

        try (JarFile jar = new JarFile(location.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
                    .isEqualTo("io.github.teamauthkit.client");
        }
    }
}
