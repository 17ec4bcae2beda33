package io.github.teamauthkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.github.teamauthkit.cli.Cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One login for both CLIs: {@code paperspace} reads the files Paperspace's CLI ({@code pspace}) writes, in its key
 * order, and writes them as pspace would, keeping what it does not know. The files here are laid out byte for byte
 * as pspace's TOML writer (Deno's std/toml) lays them out.
 */
class PaperspaceCliLoginTest extends AgainstReferenceServer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TomlMapper TOML = new TomlMapper();
    private static final String OLGA = "other-olga-key-0001";

    private Path file(String name) {
        return cli.home().resolve(".paperspace").resolve(name);
    }

    /** What {@code pspace login} leaves after logging in to acme, then other, then switching back to acme. */
    private void writeAsPspace() throws Exception {
        Files.createDirectories(file("credentials.toml").getParent());
        Files.writeString(file("credentials.toml"), "version = 1\n\n[keys]\nacme = \"" + Cli.ALICE + "\"\nother = \"" + OLGA + "\"\n");
        Files.writeString(file("config.toml"), "version = 1\nteam = \"acme\"\nlocale = \"en-US\"\n\n[projects]\n\n"
                + "[projects.proj1]\nid = \"proj1\"\npath = \"/home/you/work\"\n");
    }

    private String sessionUser(Run run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out()).at("/user/id").asText();
    }

    @Test
    void aPspaceLoginAloneIsEnoughAndItsCurrentTeamDecides() throws Exception {
        writeAsPspace();
        assertThat(sessionUser(cli.run(null, "session", "--json"))).isEqualTo("user-alice");

        Files.writeString(file("config.toml"), Files.readString(file("config.toml")).replace("team = \"acme\"", "team = \"other\""));
        assertThat(sessionUser(cli.run(null, "session", "--json"))).isEqualTo("user-olga");
    }

    @Test
    void theKeyOrderIsPspacesThenTheOlderToolsFile() throws Exception {
        writeAsPspace();
        Files.writeString(file("config.json"), "{\"apiKey\": \"" + Cli.BOB + "\"}");

        assertThat(sessionUser(cli.run(null, "session", "--json", "--api-key", OLGA))).isEqualTo("user-olga");
        assertThat(sessionUser(cli.runWith(Map.of("PAPERSPACE_API_URL", cli.apiUrl(), "PAPERSPACE_API_KEY", OLGA), null,
                "session", "--json"))).isEqualTo("user-olga");
        assertThat(sessionUser(cli.run(null, "session", "--json"))).as("credentials.toml before config.json").isEqualTo("user-alice");
        Files.delete(file("config.toml"));
        assertThat(sessionUser(cli.run(null, "session", "--json"))).as("no current team: config.json").isEqualTo("user-bob");
    }

    @Test
    void loginWritesWhatPspaceReadsAndKeepsEverythingElse() throws Exception {
        writeAsPspace();

        Run login = cli.run(OLGA + "\n", "login", "--api-key-stdin");

        assertThat(login.exitCode()).as(login.err()).isZero();
        JsonNode credentials = TOML.readTree(file("credentials.toml").toFile());
        JsonNode config = TOML.readTree(file("config.toml").toFile());
        assertThat(credentials.path("version").asInt()).isEqualTo(1);
        assertThat(credentials.path("keys")).hasSize(2);
        assertThat(credentials.at("/keys/other").asText()).isEqualTo(OLGA);
        assertThat(credentials.at("/keys/acme").asText()).isEqualTo(Cli.ALICE);
        assertThat(config.path("team").asText()).as("the namespace, a key of [keys], as pspace requires").isEqualTo("other");
        assertThat(config.path("locale").asText()).isEqualTo("en-US");
        assertThat(config.at("/projects/proj1/path").asText()).isEqualTo("/home/you/work");
        assertThat(JSON.readTree(file("config.json").toFile()).path("apiKey").asText()).isEqualTo(OLGA);
        assertThat(Files.getPosixFilePermissions(file("config.toml"))).hasSize(2);
    }

    @Test
    void teamUseTakesTheNamespaceOrTheIdAndMovesPspacesCurrentTeam() throws Exception {
        writeAsPspace();

        Run byId = cli.run(null, "team", "use", "team-other");
        assertThat(byId.exitCode()).as(byId.err()).isZero();
        assertThat(TOML.readTree(file("config.toml").toFile()).path("team").asText()).isEqualTo("other");
        assertThat(sessionUser(cli.run(null, "session", "--json"))).isEqualTo("user-olga");

        assertThat(cli.run(null, "team", "use", "acme").exitCode()).isZero();
        assertThat(TOML.readTree(file("config.toml").toFile()).path("team").asText()).isEqualTo("acme");
    }

    @Test
    void logoutRemovesTheCurrentTeamsKeyFromEveryFileAndKeepsTheOthers() throws Exception {
        writeAsPspace();
        Files.writeString(file("config.json"), "{\"apiKey\": \"" + Cli.ALICE + "\", \"name\": \"laptop\"}");

        Run logout = cli.run(null, "logout");

        assertThat(logout.exitCode()).as(logout.err()).isZero();
        assertThat(logout.err().strip()).startsWith("Logged out of team acme");
        assertThat(TOML.readTree(file("credentials.toml").toFile()).path("keys").fieldNames()).toIterable().containsExactly("other");
        assertThat(TOML.readTree(file("config.toml").toFile()).has("team")).isFalse();
        assertThat(JSON.readTree(file("config.json").toFile()).has("apiKey")).isFalse();
        assertThat(JSON.readTree(file("config.json").toFile()).path("name").asText()).isEqualTo("laptop");
        assertThat(cli.run(null, "team", "list").out()).doesNotContain("acme");
        assertThat(cli.run(null, "session").exitCode()).isEqualTo(ExitCodes.AUTHENTICATION);
    }

    @Test
    void anUnreadableCredentialsFileIsOneLineWithoutItsContent() throws Exception {
        Files.createDirectories(file("credentials.toml").getParent());
        Files.writeString(file("credentials.toml"), "version = 1\n[keys\nacme = \"" + Cli.ALICE + "\"\n");

        Run list = cli.run(null, "team", "list");

        assertThat(list.exitCode()).isNotZero();
        assertThat(list.err().strip()).startsWith("paperspace: " + file("credentials.toml")).doesNotContain(Cli.ALICE)
                .doesNotContain("\n");
    }
}
