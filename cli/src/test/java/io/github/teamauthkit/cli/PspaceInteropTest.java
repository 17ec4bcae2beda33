package io.github.teamauthkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.teamauthkit.cli.Cli.Run;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Paperspace's own CLI against the reference server, as that CLI behaves (github.com/Paperspace/cli at c7bdd42:
 * {@code api/client.ts}, {@code commands/login}, {@code credentials.ts}, {@code config.ts}): it logs in with
 * {@code GET /auth/session} and keeps the team's namespace, puts that namespace in every team path, sends
 * {@code content-type: application/json} and its {@code x-client} headers on every request, and parses every error
 * body strictly. Every operation and every documented error it can meet runs that way; then {@code paperspace} runs
 * on the files it left.
 */
class PspaceInteropTest extends AgainstReferenceServer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** tRPC's codes: the enum of pspace's error schema. */
    private static final Set<String> CODES = Set.of("PARSE_ERROR", "BAD_REQUEST", "INTERNAL_SERVER_ERROR", "UNAUTHORIZED",
            "FORBIDDEN", "NOT_FOUND", "METHOD_NOT_SUPPORTED", "TIMEOUT", "CONFLICT", "PRECONDITION_FAILED", "PAYLOAD_TOO_LARGE",
            "TOO_MANY_REQUESTS", "CLIENT_CLOSED_REQUEST");
    private static final String OLGA = "other-olga-key-0001";

    /** What pspace's fetcher makes of an answer: data, or an error it could parse. */
    private record Answer(int status, JsonNode data, String errorCode) {
    }

    @Test
    void everyOperationAndEveryErrorItCanMeetAsPspaceCallsThem() throws Exception {
        String namespace = login(Cli.ALICE);
        String team = "/teams/" + namespace;
        assertThat(namespace).isEqualTo("acme");
        List<String> wrong = new ArrayList<>();

        expect(wrong, call("GET", "/auth/session", Cli.ALICE, null), 200, null);
        expect(wrong, call("GET", team + "/users", Cli.ALICE, null), 200, null);
        expect(wrong, call("GET", team + "/users?limit=2&order=asc", Cli.ALICE, null), 200, null);
        expect(wrong, call("PUT", team + "/users/user-bob", Cli.ALICE, "{\"isAdmin\":false}"), 200, null);
        expect(wrong, call("POST", team + "/secrets", Cli.ALICE, "{\"name\":\"FROM_PSPACE\",\"value\":\"v1\"}"), 200, null);
        expect(wrong, call("GET", team + "/secrets", Cli.ALICE, null), 200, null);
        expect(wrong, call("GET", team + "/secrets/FROM_PSPACE", Cli.ALICE, null), 200, null);
        expect(wrong, call("PATCH", team + "/secrets/FROM_PSPACE", Cli.ALICE, "{\"value\":\"v2\"}"), 200, null);
        expect(wrong, call("POST", team + "/secrets", Cli.ALICE, "{\"name\":\"GOES_AWAY\",\"value\":\"v\"}"), 200, null);
        expect(wrong, call("DELETE", team + "/secrets/GOES_AWAY", Cli.ALICE, null), 200, null);

        expect(wrong, call("GET", "/auth/session", "acme-alice-key-9999", null), 401, "UNAUTHORIZED");
        expect(wrong, call("GET", "/teams/other/secrets", Cli.ALICE, null), 403, "FORBIDDEN");
        expect(wrong, call("POST", team + "/secrets", Cli.BOB, "{\"name\":\"NOT_BOB\",\"value\":\"v\"}"), 403, "FORBIDDEN");
        expect(wrong, call("GET", team + "/users?limit=0", Cli.ALICE, null), 400, "BAD_REQUEST");
        expect(wrong, call("GET", team + "/secrets?after=not-a-cursor", Cli.ALICE, null), 400, "BAD_REQUEST");
        expect(wrong, call("POST", team + "/secrets", Cli.ALICE, "{\"name\":\"1BAD\",\"value\":\"v\"}"), 400, "BAD_REQUEST");
        expect(wrong, call("POST", team + "/secrets", Cli.ALICE, "{\"name\":\"FROM_PSPACE\",\"value\":\"v\"}"), 409, "CONFLICT");
        expect(wrong, call("PUT", team + "/users/user-alice", Cli.ALICE, "{\"isAdmin\":false}"), 409, "CONFLICT");
        expect(wrong, call("DELETE", team + "/users/user-alice", Cli.ALICE, null), 409, "CONFLICT");
        expect(wrong, call("DELETE", team + "/users/user-nobody", Cli.ALICE, null), 404, "NOT_FOUND");
        expect(wrong, call("GET", team + "/secrets/NO_SUCH", Cli.ALICE, null), 404, "NOT_FOUND");
        expect(wrong, call("PATCH", team + "/secrets/NO_SUCH", Cli.ALICE, "{\"value\":\"v\"}"), 404, "NOT_FOUND");
        expect(wrong, call("DELETE", team + "/secrets/NO_SUCH", Cli.ALICE, null), 404, "NOT_FOUND");
        expect(wrong, call("POST", "/auth/session", Cli.ALICE, "{}"), 405, "METHOD_NOT_SUPPORTED");
        expect(wrong, call("POST", team + "/secrets", Cli.ALICE, "{\"name\":\"BIG\",\"value\":\"" + "v".repeat(70_000) + "\"}"),
                413, "PAYLOAD_TOO_LARGE");
        expect(wrong, call("GET", "/teams/" + namespace + "/nothing-here", Cli.ALICE, null), 404, "NOT_FOUND");

        assertThat(wrong).as("answers pspace would not take as the API meant them").isEmpty();
    }

    @Test
    void paperspaceRunsOnTheLoginPspaceLeft() throws Exception {
        login(Cli.ALICE);
        login(OLGA);
        String acme = JSON.writeValueAsString(JSON.createObjectNode().put("name", "MADE_BY_PSPACE").put("value", "v"));
        assertThat(call("POST", "/teams/acme/secrets", Cli.ALICE, acme).status()).isEqualTo(200);

        Run session = cli.run(null, "session", "--json");
        assertThat(session.exitCode()).as(session.err()).isZero();
        assertThat(JSON.readTree(session.out()).at("/team/namespace").asText()).as("pspace's current team").isEqualTo("other");

        Run use = cli.run(null, "team", "use", "acme");
        assertThat(use.exitCode()).as(use.err()).isZero();
        Run list = cli.run(null, "secrets", "list", "--json");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(JSON.readTree(list.out()).findValuesAsText("name")).contains("MADE_BY_PSPACE");
        assertThat(Files.readString(cli.home().resolve(".paperspace/config.toml"))).contains("acme");
    }

    /**
     * {@code pspace login KEY}: the session's namespace, then {@code credentials.set("keys.<ns>", key)} and
     * {@code config.set("team", ns)}, written as Deno's std/toml writes them.
     */
    private String login(String key) throws Exception {
        Answer session = call("GET", "/auth/session", key, null);
        assertThat(session.status()).isEqualTo(200);
        String namespace = session.data().at("/team/namespace").asText();
        Path directory = Files.createDirectories(cli.home().resolve(".paperspace"));
        Path credentials = directory.resolve("credentials.toml");
        String keys = Files.exists(credentials) ? Files.readString(credentials).replaceFirst("(?s)^.*\\[keys\\]\n", "") : "";
        Files.writeString(credentials, "version = 1\n\n[keys]\n" + keys + namespace + " = \"" + key + "\"\n");
        Files.writeString(directory.resolve("config.toml"), "version = 1\nteam = \"" + namespace + "\"\nlocale = \"en-US\"\n\n[projects]\n");
        return namespace;
    }

    /** One request as pspace's fetcher sends it, and its answer as that fetcher reads it. */
    private Answer call(String method, String path, String key, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(cli.apiUrl() + path)).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + key)
                .header("content-type", "application/json")
                .header("x-client", "paperspace-cli")
                .header("x-client-version", "1.11.0")
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        boolean json = response.headers().firstValue("content-type").orElse("").contains("application/json");
        JsonNode data = json && !response.body().isEmpty() ? JSON.readTree(response.body()) : null;
        boolean error = response.statusCode() >= 400
                || data != null && data.has("code") && data.has("message") && data.size() <= 3;
        if (!error) {
            return new Answer(response.statusCode(), data, null);
        }
        if (data == null) {
            // pspace falls back to a code for the status, and loses the server's message.
            return new Answer(response.statusCode(), null, "NO JSON BODY (" + response.body() + ")");
        }
        return new Answer(response.statusCode(), null, strictCode(data));
    }

    /** pspace's {@code errorSchema}: {@code {code, message, issues?: [{message}]}}, strict; else its parse throws. */
    private static String strictCode(JsonNode body) {
        List<String> extra = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!Set.of("code", "message", "issues").contains(name)) {
                extra.add(name);
            }
        });
        String code = body.path("code").asText(null);
        if (!extra.isEmpty() || !CODES.contains(code) || !body.path("message").isTextual()) {
            return "UNPARSABLE " + body;
        }
        return code;
    }

    private static void expect(List<String> wrong, Answer answer, int status, String code) {
        boolean right = answer.status() == status && (code == null ? answer.errorCode() == null : code.equals(answer.errorCode()));
        if (!right) {
            wrong.add("expected " + status + (code == null ? "" : " " + code) + ", got " + answer.status() + " "
                    + (answer.errorCode() == null ? answer.data() : answer.errorCode()));
        }
    }
}
