package io.github.teamauthkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.teamauthkit.client.errors.InvalidApiKeyException;
import io.github.teamauthkit.client.errors.MissingCredentialsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Key and URL come from the builder, then the environment, then $HOME/.paperspace/config.json; first
 * found wins. The builder alone reads no environment.
 */
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
    void aLoginOfPaperspacesCliIsFoundAndComesBeforeTheOlderToolsFile() throws Exception {
        writeConfig("{\"apiKey\": \"from-config-json\"}");
        Files.writeString(home.resolve(".paperspace/credentials.toml"),
                "version = 1\n\n[keys]\nacme = \"from-pspace-acme\"\nother = \"from-pspace-other\"\n");
        Files.writeString(home.resolve(".paperspace/config.toml"), "version = 1\nteam = \"other\"\nlocale = \"en-US\"\n\n[projects]\n");

        client(Map.of(), null).session();
        assertThat(sentKey()).isEqualTo("from-pspace-other");
        assertThat(SavedLogins.in(home).keys()).containsOnlyKeys("acme", "other");
    }

    @Test
    void withoutACurrentTeamThePspaceKeysAreNotGuessedFrom() throws Exception {
        writeConfig("{\"apiKey\": \"from-config-json\"}");
        Files.writeString(home.resolve(".paperspace/credentials.toml"), "version = 1\n\n[keys]\nacme = \"from-pspace-acme\"\n");

        client(Map.of(), null).session();
        assertThat(sentKey()).isEqualTo("from-config-json");
    }

    @Test
    void anUnreadableTomlFileIsNamedWithoutItsContent() throws Exception {
        writeConfig("{}");
        Files.writeString(home.resolve(".paperspace/credentials.toml"), "[keys\nacme = \"secret-key-text\"\n");

        assertThatThrownBy(() -> SavedLogins.in(home).keys()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("credentials.toml is not valid TOML").hasMessageNotContaining("secret-key-text");
    }

    @Test
    void theBaseUrlComesFromTheEnvironmentWhenNotGiven() {
        TeamAuthClient client = TeamAuthClient.builder().apiKey("k")
                .credentials(environment(Map.of("PAPERSPACE_API_URL", server.baseUri().toString()))).build();
        client.session();
        assertThat(server.requests()).hasSize(1);
        assertThat(TeamAuthClient.builder().apiKey("k").credentials(environment(Map.of())).build().toString())
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
    void withoutAProviderTheBuilderReadsNoEnvironment() throws Exception {
        writeConfig("{\"apiKey\": \"from-file\"}");
        assertThatThrownBy(() -> TeamAuthClient.builder().baseUrl(server.baseUri().toString()).build())
                .isInstanceOf(MissingCredentialsException.class).hasMessageContaining("fromEnv()");
    }

    @Test
    void homeIsFoundThroughTheHomeVariableAsPaperspaceToolsDo() throws Exception {
        writeConfig("{\"apiKey\": \"from-home-variable\"}");
        TeamAuthClient.builder().baseUrl(server.baseUri().toString()).credentials(environment(Map.of())).build().session();
        assertThat(sentKey()).isEqualTo("from-home-variable");
        assertThat(System.getProperty("user.home")).isNotEqualTo(home.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme\u200b-key-0001", "acme\r\nX-Injected: 1-key-0001", "acme\u0000-key-0001",
        "acme\u20ac-key-0001", "acme -key-0001"})
    void aKeyThatCannotBeSentIsRefusedNamingTheCharacterNotTheKey(String key) throws Exception {
        writeConfig(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of("apiKey", key)));
        List<Throwable> refusals = List.of(
                catchThrowable(() -> client(Map.of(), key)),
                catchThrowable(() -> client(Map.of("PAPERSPACE_API_KEY", key), null)),
                catchThrowable(() -> client(Map.of(), null)));

        assertThat(refusals).allSatisfy(refusal -> {
            assertThat(refusal).isInstanceOf(InvalidApiKeyException.class).hasMessageContaining("U+")
                    .hasMessageContaining("character 5 of");
            assertThat(refusal.getMessage()).doesNotContain("acme").doesNotContain("0001");
        });
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void anUnreadableConfigFileCountsAsNoKey() throws Exception {
        writeConfig("{not json");
        assertThatThrownBy(() -> client(Map.of(), null)).isInstanceOf(MissingCredentialsException.class);
    }

    private TeamAuthClient client(Map<String, String> environment, String explicit) {
        return TeamAuthClient.builder().apiKey(explicit).baseUrl(server.baseUri().toString())
                .credentials(environment(environment)).build();
    }

    /** The chain over a test environment whose HOME is the test's home directory. */
    private CredentialProvider environment(Map<String, String> variables) {
        return CredentialProvider.fromEnvironment(name -> "HOME".equals(name) ? home.toString() : variables.get(name));
    }

    private void writeConfig(String json) throws Exception {
        Files.createDirectories(home.resolve(".paperspace"));
        Files.writeString(home.resolve(".paperspace/config.json"), json);
    }

    private String sentKey() {
        return server.requests().get(0).headers().get("Authorization").get(0).substring("Bearer ".length());
    }
}
