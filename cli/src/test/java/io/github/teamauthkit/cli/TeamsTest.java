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
