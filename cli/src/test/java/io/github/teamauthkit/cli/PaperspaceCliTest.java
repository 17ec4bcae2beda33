package io.github.teamauthkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.teamauthkit.cli.Cli.Run;
import io.github.teamauthkit.client.model.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code paperspace} command, as real processes against the reference server. */
class PaperspaceCliTest extends AgainstReferenceServer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VALUE = "cli-secret-value-4d2";


    private Path config() {
        return cli.home().resolve(".paperspace/config.json");
    }

    private void login(String key) throws Exception {
        assertThat(cli.run(key + "\n", "login", "--api-key-stdin").exitCode()).isZero();
    }

    @Test
    void loginChecksTheKeyAndCachesItPrivatelyKeepingOtherFields() throws Exception {
        Files.createDirectories(config().getParent());
        Files.writeString(config(), "{\"otherTool\": {\"theme\": \"dark\"}}");

        Run run = cli.run(Cli.ALICE + "\n", "login", "--api-key-stdin");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode saved = JSON.readTree(config().toFile());
        assertThat(saved.path("apiKey").asText()).isEqualTo(Cli.ALICE);
        assertThat(saved.path("name").asText()).isEqualTo("acme");
        assertThat(saved.at("/otherTool/theme").asText()).isEqualTo("dark");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config().getParent()))).isEqualTo("rwx------");
    }

    @Test
    void aRejectedKeyIsOneLineAndWritesNothing() throws Exception {
        Run run = cli.run("ps_not_a_real_key\n", "login", "--api-key-stdin");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err().strip()).isEqualTo("paperspace: 401 UNAUTHORIZED: the key given to login was rejected");
        assertThat(config()).doesNotExist();
    }

    @Test
    void aKeyWithACharacterNoHeaderCarriesIsOneLineWithoutTheKey() throws Exception {
        String pasted = Cli.ALICE.substring(0, 4) + "\u200b" + Cli.ALICE.substring(4);

        Run run = cli.run(pasted + "\n", "login", "--api-key-stdin");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err().strip()).startsWith("paperspace: The API key holds U+200B (ZERO WIDTH SPACE) at character 5 of")
                .doesNotContain(Cli.ALICE.substring(4)).doesNotContain("\n ");
        assertThat(config()).doesNotExist();
    }

    @Test
    void theKeyFlagWorksButWarnsAboutShellHistory() throws Exception {
        Run run = cli.run(null, "login", "--api-key", Cli.BOB);
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("warning: --api-key puts the key in your shell history");
        assertThat(JSON.readTree(config().toFile()).path("apiKey").asText()).isEqualTo(Cli.BOB);
    }

    @Test
    void logoutRemovesTheKeyAndKeepsTheRest() throws Exception {
        login(Cli.ALICE);
        Run run = cli.run(null, "logout");
        assertThat(run.exitCode()).isZero();
        JsonNode saved = JSON.readTree(config().toFile());
        assertThat(saved.has("apiKey")).isFalse();
        assertThat(saved.has("name")).as("the name login gave the slot").isFalse();
        assertThat(cli.run(null, "session").exitCode()).isEqualTo(3);
    }

    @Test
    void aKeyCachedByPaperspaceNodeIsUsed() throws Exception {
        Files.createDirectories(config().getParent());
        Files.writeString(config(), "{\"apiKey\": \"" + Cli.BOB + "\", \"name\": \"my laptop\"}");
        Run run = cli.run(null, "session");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("user-bob").contains("team-acme");
    }

    @Test
    void theEnvironmentAndTheFlagOverrideTheCachedKey() throws Exception {
        login(Cli.BOB);
        Run fromEnv = cli.runWith(Map.of("PAPERSPACE_API_URL", cli.apiUrl(), "PAPERSPACE_API_KEY", Cli.ALICE), null, "session", "--json");
        assertThat(JSON.readTree(fromEnv.out()).at("/user/id").asText()).isEqualTo("user-alice");
        Run fromFlag = cli.run(null, "session", "--json", "--api-key", Cli.ALICE);
        assertThat(JSON.readTree(fromFlag.out()).at("/user/id").asText()).isEqualTo("user-alice");
    }

    @Test
    void listsArePagedAsTheOfficialCliPagesThem() throws Exception {
        login(Cli.ALICE);
        for (String name : new String[] {"S1", "S2", "S3", "S4", "S5"}) {
            assertThat(cli.run(VALUE, "secrets", "create", name).exitCode()).isZero();
        }

        Run first = cli.run(null, "secrets", "list", "--limit", "2");
        assertThat(names(first)).containsExactly("S5", "S4");
        String cursor = first.err().strip().replaceFirst("^More follow: add --after (\\S+) \\(or --all\\)\\.$", "$1");
        assertThat(cursor).doesNotContain(" ").isNotEmpty();
        assertThat(names(cli.run(null, "secrets", "list", "--limit", "2", "--after", cursor))).containsExactly("S3", "S2");
        assertThat(names(cli.run(null, "secrets", "list", "--limit", "2", "--all"))).containsExactly("S5", "S4", "S3", "S2", "S1");
        assertThat(names(cli.run(null, "secrets", "list", "--asc", "--limit", "1"))).containsExactly("S1");
        assertThat(cli.run(null, "secrets", "list", "-F", "name", "--fields", "dtModified").out().lines().findFirst().orElseThrow())
                .matches("NAME\\s+MODIFIED");

        JsonNode page = JSON.readTree(cli.run(null, "secrets", "list", "--limit", "2", "--json").out());
        assertThat(page.path("hasMore").asBoolean()).isTrue();
        assertThat(page.path("nextPage").asText()).isNotEmpty();
        assertThat(JSON.readTree(cli.run(null, "secrets", "list", "--limit", "2", "--all", "--json").out())).hasSize(5);

        Run admins = cli.run(null, "members", "list", "--role", "admin", "-F", "id");
        assertThat(admins.out().lines().skip(1).map(String::strip)).containsExactly("user-alice");
    }

    @Test
    void badListOptionsAreOneLineEach() throws Exception {
        login(Cli.ALICE);
        assertOneLine(cli.run(null, "secrets", "list", "--limit", "0"), 2,
                "paperspace: --limit must be between 1 and 120 (see `paperspace secrets list --help`)");
        // The fields are the spec's, as the generated model lists them: a field added to the spec is one more here.
        String fields = String.join(", ", Secret.class.getAnnotation(JsonPropertyOrder.class).value());
        assertOneLine(cli.run(null, "secrets", "list", "-F", "value"), 2, "paperspace: Unknown field for -F: value (one of: "
                + fields + ") (see `paperspace secrets list --help`)");
        assertOneLine(cli.run(null, "members", "list", "--role", "boss"), 2,
                "paperspace: --role must be owner, admin or member (see `paperspace members list --help`)");
        Run tampered = cli.run(null, "secrets", "list", "--after", "eyJ4IjoxfQ.AAAA");
        assertThat(tampered.exitCode()).isEqualTo(6);
        assertThat(tampered.err().strip()).startsWith("paperspace: 400 BAD_REQUEST: after: not a cursor of this list").doesNotContain("\n");
    }

    private static void assertOneLine(Run run, int exitCode, String line) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        assertThat(run.err().lines().toList()).containsExactly(line);
    }

    private static java.util.List<String> names(Run run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out().lines().skip(1).map(line -> line.split("\\s+")[0]).toList();
    }

    @Test
    void everyCommandPrintsATableOrJsonOnly() throws Exception {
        login(Cli.ALICE);
        assertThat(cli.run(VALUE, "secrets", "create", "HF_TOKEN").exitCode()).isZero();

        Run table = cli.run(null, "members", "list");
        assertThat(table.out().lines().findFirst().orElseThrow()).matches("USER ID\\s+EMAIL\\s+ADMIN\\s+OWNER");
        assertThat(table.out()).contains("user-alice").contains("alice@acme.test");
        assertThat(cli.run(null, "secrets", "list").out()).startsWith("NAME").contains("HF_TOKEN");
        assertThat(cli.run(null, "secrets", "get", "HF_TOKEN").out()).contains("HF_TOKEN").doesNotContain(VALUE);
        assertThat(cli.run(null, "session").out()).startsWith("USER").contains("alice@acme.test");

        assertThat(JSON.readTree(cli.run(null, "members", "list", "--json").out()).path("items").findValuesAsText("id"))
                .containsExactlyInAnyOrder("user-alice", "user-bob");
        assertThat(JSON.readTree(cli.run(null, "secrets", "list", "--json").out()).path("items").findValuesAsText("name"))
                .containsExactly("HF_TOKEN");
        assertThat(JSON.readTree(cli.run(null, "secrets", "get", "HF_TOKEN", "--json").out()).path("name").asText()).isEqualTo("HF_TOKEN");
        assertThat(JSON.readTree(cli.run(null, "session", "--json").out()).at("/team/id").asText()).isEqualTo("team-acme");
        assertThat(JSON.readTree(cli.run(null, "members", "set-admin", "user-bob", "--admin=true", "--json").out())
                .path("isAdmin").asBoolean()).isTrue();
        assertThat(cli.run(null, "members", "set-admin", "user-bob", "--admin=false").out()).contains("false");
        assertThat(JSON.readTree(cli.run(null, "members", "remove", "user-bob", "--yes", "--json").out()).path("removed").asText())
                .isEqualTo("user-bob");
        assertThat(JSON.readTree(cli.run(null, "secrets", "delete", "HF_TOKEN", "--yes", "--json").out()).path("deleted").asText())
                .isEqualTo("HF_TOKEN");
    }

    @Test
    void aSecretRoundTripNeverPrintsTheValue() throws Exception {
        login(Cli.ALICE);
        Path valueFile = Files.writeString(work.resolve("value.txt"), VALUE + "-from-file\n");

        Run created = cli.run(VALUE + "\n", "secrets", "create", "ROUND_TRIP");
        Run updated = cli.run(null, "secrets", "update", "ROUND_TRIP", "--value-file", valueFile.toString());
        Run listed = cli.run(null, "secrets", "list");
        Run deleted = cli.run(null, "secrets", "delete", "ROUND_TRIP", "--yes");
        Run gone = cli.run(null, "secrets", "get", "ROUND_TRIP");

        for (Run run : new Run[] {created, updated, listed, deleted}) {
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out() + run.err()).doesNotContain(VALUE);
        }
        assertThat(listed.out()).contains("ROUND_TRIP");
        assertThat(gone.exitCode()).isEqualTo(4);
        assertThat(gone.err().strip()).isEqualTo("paperspace: 404 NOT_FOUND: No secret named ROUND_TRIP in this team.");
    }

    @Test
    void eachErrorHasOneLineAndItsOwnExitCode() throws Exception {
        Run noKey = cli.run(null, "secrets", "list");
        assertThat(noKey.exitCode()).isEqualTo(3);
        assertThat(noKey.err()).startsWith("paperspace: no API key found; run `paperspace login`").doesNotContain("\tat ");

        login(Cli.ALICE);
        assertThat(cli.run("v", "secrets", "create", "DUP").exitCode()).isZero();
        Run conflict = cli.run("v", "secrets", "create", "DUP");
        assertThat(conflict.exitCode()).isEqualTo(5);
        assertThat(conflict.err().strip()).isEqualTo("paperspace: 409 CONFLICT: A secret named DUP already exists.");

        Run forbidden = cli.run("v", "secrets", "create", "NOPE", "--api-key", Cli.BOB);
        assertThat(forbidden.exitCode()).isEqualTo(6);
        assertThat(forbidden.err()).contains("403 FORBIDDEN");

        Run invalid = cli.run("v", "secrets", "create", "1bad");
        assertThat(invalid.exitCode()).isEqualTo(6);
        assertThat(invalid.err()).contains("400 BAD_REQUEST");

        Run network = cli.runWith(Map.of("PAPERSPACE_API_URL", "http://127.0.0.1:9/v1"), null, "secrets", "list", "--team", "t");
        assertThat(network.exitCode()).isEqualTo(7);
        assertThat(network.err()).startsWith("paperspace: cannot reach the API");

        Run usage = cli.run(null, "secrets", "list", "--bogus");
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.err()).contains("unknown option --bogus");

        Run noConfirmation = cli.run(null, "secrets", "delete", "DUP");
        assertThat(noConfirmation.exitCode()).isEqualTo(2);
        assertThat(noConfirmation.err()).contains("pass --yes");
        assertThat(cli.run(null, "secrets", "get", "DUP").exitCode()).as("nothing deleted").isZero();

        Run empty = cli.run("", "secrets", "update", "DUP");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).contains("the value for DUP is empty");

        Run debug = cli.run(null, "secrets", "get", "MISSING", "--debug");
        assertThat(debug.exitCode()).isEqualTo(4);
        assertThat(debug.err()).contains("\tat ");
    }

    @Test
    void helpVersionAndCompletion() throws Exception {
        assertThat(cli.run(null, "--version").out()).matches("(?s)paperspace \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\nJava .*");
        assertThat(cli.run(null, "secrets", "create", "--help").out()).contains("--value-file").contains("--team");
        assertThat(cli.run(null, "generate-completion").out()).contains("complete -F").contains("paperspace");
    }
}
