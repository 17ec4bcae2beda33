package io.github.teamauthkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.teamauthkit.client.errors.MissingCredentialsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key and URL come from the builder, then the environment, then ~/.paperspace/config.json; first found wins. */
class CredentialChainTest {

    @TempDir
    Path home;
    private ScriptedHttpServer server;

    @BeforeEach
    void start() {
        server = new ScriptedHttpServer().answer("GET /auth/session", 200, "null");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theExplicitKeyWins() throws Exception {
        writeConfig("{\"apiKey\": \"from-file\"}");
        client(Map.of("PAPERSPACE_API_KEY", "from-env"), "explicit").session();
        assertThat(sentKey()).isEqualTo("explicit");
    }

    @Test
    void theEnvironmentComesNext() throws Exception {
        writeConfig("{\"apiKey\": \"from-file\"}");
        client(Map.of("PAPERSPACE_API_KEY", "from-env"), null).session();
        assertThat(sentKey()).isEqualTo("from-env");
    }

    @Test
    void thenTheFilePaperspaceNodeWrites() throws Exception {
        writeConfig("{\"apiKey\": \"from-file\", \"name\": \"my-key\", \"team\": \"acme\"}");
        client(Map.of(), null).session();
        assertThat(sentKey()).isEqualTo("from-file");
    }

    @Test
    void theBaseUrlComesFromTheEnvironmentWhenNotGiven() {
        TeamAuthClient client = TeamAuthClient.builder().apiKey("k")
                .credentials(Map.of("PAPERSPACE_API_URL", server.baseUri().toString())::get, home).build();
        client.session();
        assertThat(server.requests()).hasSize(1);
        assertThat(TeamAuthClient.builder().apiKey("k").credentials(name -> null, home).build().toString())
                .contains("https://api.paperspace.com/v1");
    }

    @Test
    void noKeyAnywhereNamesThePlacesLookedIn() throws Exception {
        writeConfig("{\"name\": \"no key here\"}");
        assertThatThrownBy(() -> client(Map.of(), null))
                .isInstanceOf(MissingCredentialsException.class)
                .hasMessageContaining("apiKey(…)").hasMessageContaining("PAPERSPACE_API_KEY")
                .hasMessageContaining(home.resolve(".paperspace/config.json").toString());
    }

    @Test
    void anUnreadableConfigFileCountsAsNoKey() throws Exception {
        writeConfig("{not json");
        assertThatThrownBy(() -> client(Map.of(), null)).isInstanceOf(MissingCredentialsException.class);
    }

    private TeamAuthClient client(Map<String, String> environment, String explicit) {
        return TeamAuthClient.builder().apiKey(explicit).baseUrl(server.baseUri().toString())
                .credentials(environment::get, home).build();
    }

    private void writeConfig(String json) throws Exception {
        Files.createDirectories(home.resolve(".paperspace"));
        Files.writeString(home.resolve(".paperspace/config.json"), json);
    }

    private String sentKey() {
        return server.requests().get(0).headers().get("Authorization").get(0).substring("Bearer ".length());
    }
}
