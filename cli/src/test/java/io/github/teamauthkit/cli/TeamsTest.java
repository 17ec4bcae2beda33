package io.github.teamauthkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.github.teamauthkit.cli.Cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keys per team, as the official CLI keeps them: `login` adds one, `team list` shows them, `team use` switches. */
class TeamsTest extends AgainstReferenceServer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OLGA = "other-olga-key-0001";

    @Test
    void loginKeepsAKeyPerTeamAndTeamUseSwitches() throws Exception {
        assertThat(cli.run(Cli.ALICE + "\n", "login", "--api-key-stdin").exitCode()).isZero();
        assertThat(cli.run(OLGA + "\n", "login", "--api-key-stdin").exitCode()).isZero();
        Path credentials = cli.home().resolve(".paperspace/credentials.toml");

        JsonNode stored = new TomlMapper().readTree(credentials.toFile());
        assertThat(stored.path("version").asInt()).isEqualTo(1);
        assertThat(stored.at("/keys/acme").asText()).isEqualTo(Cli.ALICE);
        assertThat(stored.at("/keys/other").asText()).isEqualTo(OLGA);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials))).isEqualTo("rw-------");
        assertThat(lines(cli.run(null, "team", "list"))).containsExactly("TEAM   CURRENT", "acme", "other  *");

        Run use = cli.run(null, "team", "use", "acme");
        assertThat(use.exitCode()).as(use.err()).isZero();
        assertThat(JSON.readTree(cli.run(null, "session", "--json").out()).at("/team/id").asText()).isEqualTo("team-acme");
        assertThat(JSON.readTree(cli.home().resolve(".paperspace/config.json").toFile()).path("apiKey").asText()).isEqualTo(Cli.ALICE);
        assertThat(JSON.readTree(cli.run(null, "team", "list", "--json").out()).findValuesAsText("team")).containsExactly("acme", "other");
    }

    @Test
    void aTeamWithoutAKeyIsAUsageErrorAndTheOfficialFileIsRead() throws Exception {
        Files.createDirectories(cli.home().resolve(".paperspace"));
        Files.writeString(cli.home().resolve(".paperspace/credentials.toml"), "version = 1\nkeys = { other = \"" + OLGA + "\" }\n");

        Run missing = cli.run(null, "team", "use", "acme");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("paperspace: no stored key for team acme; run `paperspace login` with a key of that team");
        assertThat(cli.run(null, "team", "use", "other").exitCode()).isZero();
        assertThat(JSON.readTree(cli.run(null, "session", "--json").out()).at("/team/id").asText()).isEqualTo("team-other");
    }

    /** With keys stored for two teams, --team naming one by its namespace sends that team's key, not the current one. */
    @Test
    void teamSendsTheStoredKeyOfTheTeamItNames() throws Exception {
        cli.run(OLGA + "\n", "login", "--api-key-stdin");
        cli.run(Cli.ALICE + "\n", "login", "--api-key-stdin");

        Run other = cli.run(null, "members", "list", "--team", "other", "--json");
        assertThat(other.exitCode()).as(other.err()).isZero();
        assertThat(JSON.readTree(other.out()).findValuesAsText("id")).contains("user-olga").doesNotContain("user-alice");

        // By its id the team cannot be matched to a stored key without a request per key: the current key goes, and
        // the refusal says so and names the stored teams.
        Run byId = cli.run(null, "members", "list", "--team", "team-other");
        assertThat(byId.exitCode()).isEqualTo(ExitCodes.API_ERROR);
        assertThat(byId.err().strip()).isEqualTo("paperspace: 403 FORBIDDEN: The API key belongs to another team. (the cached key was sent "
                + "for --team team-other; keys are stored for acme, other: pass one of those to --team, or `paperspace team use` it)");
        Run given = cli.runWith(Map.of("PAPERSPACE_API_URL", cli.apiUrl(), "PAPERSPACE_API_KEY", Cli.ALICE), null, "members", "list", "--team", "other");
        assertThat(given.exitCode()).as("a key given is the key sent").isEqualTo(ExitCodes.API_ERROR);
    }

    /** Logged out of the current team with another team's key stored: the error says how to use that one. */
    @Test
    void withoutACurrentTeamTheErrorNamesTheStoredOnes() throws Exception {
        cli.run(OLGA + "\n", "login", "--api-key-stdin");
        cli.run(Cli.ALICE + "\n", "login", "--api-key-stdin");
        assertThat(cli.run(null, "logout").exitCode()).isZero();

        Run list = cli.run(null, "secrets", "list");
        assertThat(list.exitCode()).isEqualTo(ExitCodes.AUTHENTICATION);
        assertThat(list.err().strip()).isEqualTo("paperspace: no API key for the current team; `paperspace team use TEAM` picks one whose "
                + "key is stored (other), or run `paperspace login`, set PAPERSPACE_API_KEY, or pass --api-key");
    }

    /** An empty list says so on standard error; standard output keeps the header that scripts read. */
    @Test
    void anEmptyListSaysSo() throws Exception {
        cli.run(OLGA + "\n", "login", "--api-key-stdin");

        Run table = cli.run(null, "secrets", "list");
        assertThat(lines(table)).containsExactly("NAME  CREATED");
        assertThat(table.err().strip()).isEqualTo("No secrets.");
        Run json = cli.run(null, "secrets", "list", "--json");
        assertThat(JSON.readTree(json.out()).path("items").isEmpty()).isTrue();
        assertThat(json.err()).isEmpty();
        Run members = cli.run(null, "members", "list", "--role", "member");
        assertThat(members.exitCode()).as(members.err()).isZero();
        assertThat(members.err().strip()).isEqualTo("No members.");
    }

    @Test
    void theLauncherFindsTheJarBesideItselfThroughASymbolicLink() throws Exception {
        Path repository = Files.createDirectories(work.resolve("repository"));
        Files.copy(Path.of("..", "paperspace"), repository.resolve("paperspace"));
        Files.createDirectories(repository.resolve("cli/target"));
        Files.writeString(repository.resolve("cli/target/paperspace.jar"), "not a real jar");
        Path bin = Files.createDirectories(work.resolve("bin"));
        Files.writeString(bin.resolve("java"), "#!/bin/sh\necho \"java $*\"\n");
        bin.resolve("java").toFile().setExecutable(true);
        Path link = Files.createDirectories(work.resolve("elsewhere")).resolve("paperspace");
        Files.createSymbolicLink(link, repository.resolve("paperspace"));

        ProcessBuilder run = new ProcessBuilder("sh", link.toString(), "--version").redirectErrorStream(true);
        run.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process process = run.start();
        String output = new String(process.getInputStream().readAllBytes());

        assertThat(process.waitFor()).as(output).isZero();
        assertThat(output).contains("-jar " + repository.toRealPath().resolve("cli/target/paperspace.jar")).contains("--version");
    }

    @Test
    void helpKeepsUrlsWhole() throws Exception {
        assertThat(cli.run(null, "--help").out()).contains("https://api.paperspace.com/v1");
    }

    private static List<String> lines(Run run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out().lines().map(String::stripTrailing).toList();
    }
}
