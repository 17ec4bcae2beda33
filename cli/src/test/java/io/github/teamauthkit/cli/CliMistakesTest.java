package io.github.teamauthkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.teamauthkit.cli.Cli.Run;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Mistakes a new user makes, each answered with one line that says what to do and the right exit code (real processes). */
class CliMistakesTest extends AgainstReferenceServer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static void assertOneLine(Run run, int exitCode, String start) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        assertThat(run.err().lines().toList()).as("one line").hasSize(1).first().asString().startsWith(start);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** config.json as a login of ours leaves it, mode 0600 (one others could read would add a warning line). */
    private void savedLogin(String json) throws IOException {
        Path file = Files.createDirectories(cli.home().resolve(".paperspace")).resolve("config.json");
        Files.writeString(file, json);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aUrlWithoutSchemeOrToAnotherMachineOverHttpIsAUsageError() throws Exception {
        assertOneLine(cli.run(null, "session", "--api-key", Cli.ALICE, "--api-url", "127.0.0.1:8080/v1"), 2,
                "paperspace: --api-url must be an http:// or https:// URL such as https://api.paperspace.com/v1, not 127.0.0.1:8080/v1");
        assertOneLine(cli.runWith(Map.of("PAPERSPACE_API_KEY", Cli.ALICE, "PAPERSPACE_API_URL", "http://10.1.2.3:8080/v1"), null,
                "session"), 2, "paperspace: refusing to send the API key over plain http:// to 10.1.2.3: use https://, or pass --insecure");
    }

    @Test
    void aUrlHoldingAPasswordIsRefusedWithoutRepeatingIt() throws Exception {
        Run http = cli.run(null, "session", "--api-key", Cli.ALICE, "--api-url", "http://user:p4ss-word@127.0.0.1:9/v1");
        assertOneLine(http, 2, "paperspace: --api-url must not hold a user name or password (the part before @)");
        Run ftp = cli.runWith(Map.of("PAPERSPACE_API_KEY", Cli.ALICE, "PAPERSPACE_API_URL", "user:p4ss-word@127.0.0.1:9/v1"), null,
                "session");
        assertOneLine(ftp, 2, "paperspace: PAPERSPACE_API_URL must be an http:// or https:// URL such as https://api.paperspace.com/v1, "
                + "not …@127.0.0.1:9/v1");
        assertThat(http.err() + ftp.err()).doesNotContain("p4ss-word");
    }

    @Test
    void aKeyPipedToLoginWithoutTheFlagIsToldWhichFlagReadsIt() throws Exception {
        assertOneLine(cli.run(Cli.ALICE + "\n", "login"), 2, "paperspace: standard input is not a terminal, so there is no one to "
                + "ask for API key; pass --api-key-stdin to read it from standard input");
    }

    @Test
    void aMistypedCommandGetsTheNearestOne() throws Exception {
        assertOneLine(cli.run(null, "secret", "list"), 2, "paperspace: unknown command 'secret' (did you mean `paperspace secrets list`?)");
        assertOneLine(cli.run(null, "secrets", "lst"), 2, "paperspace: unknown command 'lst' (did you mean `paperspace secrets list`?)");
        assertOneLine(cli.run(null, "secrets", "get", "HF_TOKEN", "extra"), 2,
                "paperspace: unexpected argument at position 4 (see `paperspace secrets get --help`)");
    }

    @Test
    void aMistakeNeverRepeatsWhatMayBeAKey() throws Exception {
        String key = "ps_typed_by_mistake_1";
        Run glued = cli.run(null, "--api-kye=" + key, "secrets", "list");
        assertOneLine(glued, 2, "paperspace: unknown option --api-kye (did you mean `paperspace --api-key`?)");
        Run apart = cli.run(null, "secrets", "list", "--api-kye", key);
        assertOneLine(apart, 2, "paperspace: unknown option --api-kye (did you mean `paperspace secrets list --api-key`?)");
        Run misplaced = cli.run(null, "secret", "create", "HF_TOKEN", key);
        assertOneLine(misplaced, 2, "paperspace: unknown command 'secret' (did you mean `paperspace secrets create`?)");
        Run extra = cli.run(null, "secrets", "get", "HF_TOKEN", key);
        assertOneLine(extra, 2, "paperspace: unexpected argument at position 4");
        for (Run run : List.of(glued, apart, misplaced, extra)) {
            assertThat(run.err() + run.out()).doesNotContain(key);
        }
    }

    @Test
    void aBaseUrlWithoutV1GetsAHint() throws Exception {
        String root = cli.apiUrl().replaceFirst("/v1$", "");
        Run run = cli.runWith(Map.of("PAPERSPACE_API_URL", root, "PAPERSPACE_API_KEY", Cli.ALICE), null, "secrets", "list",
                "--team", "team-acme");
        assertOneLine(run, 4, "paperspace: 404 NOT_FOUND: ");
        assertThat(run.err()).contains("(the API URL " + root + " does not end in /v1: is it the API's base URL?)");
    }

    /** The message says each attempt timed out after 1,000 ms; the test's own bound is a last resort against a hang. */
    @Test
    @Timeout(120)
    void aServerThatNeverAnswersIsGivenUpOnWithinTheTimeout() throws Exception {
        List<Socket> accepted = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                while (!silent.isClosed()) {
                    try {
                        accepted.add(silent.accept());
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String url = "http://127.0.0.1:" + silent.getLocalPort() + "/v1";
            Run flag = cli.runWith(Map.of("PAPERSPACE_API_URL", url, "PAPERSPACE_API_KEY", Cli.ALICE), null, "session", "--timeout", "1");
            Run environment = cli.runWith(Map.of("PAPERSPACE_API_URL", url, "PAPERSPACE_API_KEY", Cli.ALICE, "PAPERSPACE_TIMEOUT", "1"),
                    null, "session");

            // Two attempts of 1 s and a pause between them: the line says so, not just the last attempt's 1,000 ms.
            assertOneLine(flag, 7, "paperspace: cannot reach the API (GET " + url + "/auth/session timed out after 1000 ms (2 attempts, ");
            assertOneLine(environment, 7, "paperspace: cannot reach the API (GET " + url + "/auth/session timed out after 1000 ms (2 attempts, ");
            assertThat(flag.err()).containsPattern("\\(2 attempts, \\d+\\.\\d s in all\\)\\)");
        } finally {
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }

    @Test
    void usageErrorsAreOneLineNamingTheHelp() throws Exception {
        assertOneLine(cli.run(null, "secrets", "list", "--bogus"), 2,
                "paperspace: unknown option --bogus (see `paperspace secrets list --help`)");
        assertOneLine(cli.run(null, "session", "--timeout", "0"), 2, "paperspace: --timeout must be a whole number of seconds above 0");
    }

    @Test
    void commandsThatMakeNoRequestNeitherOfferNorAcceptTheConnectionOptions() throws Exception {
        Run help = cli.run(null, "logout", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--help").doesNotContain("--api-key").doesNotContain("--api-url").doesNotContain("--timeout")
                .doesNotContain("--insecure").doesNotContain("--json");
        assertThat(cli.run(null, "team", "list", "--help").out()).contains("--json").doesNotContain("--api-url");
        assertThat(cli.run(null, "team", "use", "--help").out()).contains("--api-url").doesNotContain("--api-key");
        assertOneLine(cli.run(null, "logout", "--api-key", "ps_ignored"), 2,
                "paperspace: unknown option --api-key (see `paperspace logout --help`)");
        assertThat(cli.run(null, "secrets", "list", "--help").out()).contains("--api-key", "--api-url", "--timeout", "--json");
    }

    @Test
    void the401HintNamesWhereTheKeyCameFrom() throws Exception {
        assertOneLine(cli.runWith(Map.of("PAPERSPACE_API_URL", cli.apiUrl(), "PAPERSPACE_API_KEY", "ps_wrong_key"), null, "session"), 3,
                "paperspace: 401 UNAUTHORIZED: the key from PAPERSPACE_API_KEY was rejected");
        savedLogin("{\"apiKey\": \"ps_revoked_key\", \"name\": \"laptop\"}");
        assertOneLine(cli.run(null, "session"), 3, "paperspace: 401 UNAUTHORIZED: the cached key was rejected; run `paperspace login`");
        assertOneLine(cli.run("ps_other_wrong\n", "login", "--api-key-stdin"), 3,
                "paperspace: 401 UNAUTHORIZED: the key given to login was rejected");
    }

    @Test
    void loginKeepsTheNameAnotherToolWrote() throws Exception {
        savedLogin("{\"apiKey\": \"old\", \"name\": \"my laptop token\"}");

        assertThat(cli.run(Cli.ALICE + "\n", "login", "--api-key-stdin").exitCode()).isZero();

        var saved = JSON.readTree(cli.home().resolve(".paperspace/config.json").toFile());
        assertThat(saved.path("name").asText()).isEqualTo("my laptop token");
        assertThat(saved.path("apiKey").asText()).isEqualTo(Cli.ALICE);
    }

    @Test
    void valuesThatAreNotUtf8OrNotFilesAreRefusedByName() throws Exception {
        savedLogin("{\"apiKey\": \"" + Cli.ALICE + "\"}");
        Path latin1 = Files.write(work.resolve("latin1.txt"), new byte[] {'v', (byte) 0xE9, 'x'});
        Path directory = Files.createDirectories(work.resolve("a-directory"));

        assertOneLine(cli.run(null, "secrets", "create", "LATIN", "--team", "team-acme", "--value-file", latin1.toString()), 2,
                "paperspace: --value-file " + latin1 + " is not UTF-8 text; nothing was sent");
        assertOneLine(cli.run(null, "secrets", "create", "DIR", "--team", "team-acme", "--value-file", directory.toString()), 2,
                "paperspace: --value-file " + directory + " is a directory, not a file");
        assertOneLine(cli.runBytes(new byte[] {'v', (byte) 0xFF}, "secrets", "create", "STDIN", "--team", "team-acme"), 2,
                "paperspace: standard input is not UTF-8 text; nothing was sent");
        assertThat(cli.run(null, "secrets", "get", "LATIN", "--team", "team-acme").exitCode()).as("nothing created").isEqualTo(4);
    }

    @Test
    void deletingAMissingSecretSaysSoBeforeAskingAndTimesReadTheSameEverywhere() throws Exception {
        savedLogin("{\"apiKey\": \"" + Cli.ALICE + "\"}");

        assertOneLine(cli.run(null, "secrets", "delete", "NOT_THERE"), 4, "paperspace: 404 NOT_FOUND: No secret named NOT_THERE");

        assertThat(cli.run("v", "secrets", "create", "TIMED").exitCode()).isZero();
        String json = JSON.readTree(cli.run(null, "secrets", "get", "TIMED", "--json").out()).path("dtCreated").asText();
        assertThat(json).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(cli.run(null, "secrets", "get", "TIMED").out()).contains(json);
    }
}
