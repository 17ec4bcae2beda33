package io.github.teamauthkit.server.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The runtime makes a typed implementation answer the spec's statuses and error bodies, on each
 * Jakarta REST runtime it is proven on (one subclass each).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SpecConformanceTest {

    private static final String SECRET_VALUE = "s3cr3t-do-not-echo";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private TinyServer server;

    /** Starts the implementation on the runtime under test. */
    abstract TinyServer start();

    @BeforeAll
    void startServer() {
        server = start();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void nullSessionIs200WithJsonNull() throws Exception {
        HttpResponse<String> response = send("GET", "/auth/session", null, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("null");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    }

    @Test
    void createIs200WithTheSecretAndNoValue() throws Exception {
        HttpResponse<String> response = createSecret("CREATED_ONE");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"name\":\"CREATED_ONE\"").containsPattern("\"dtCreated\":\"\\d{4}-")
                .doesNotContain(SECRET_VALUE);
    }

    @Test
    void deletesAre200WithWhatWasDeleted() throws Exception {
        createSecret("DELETED_ONE");

        HttpResponse<String> secret = send("DELETE", "/teams/t1/secrets/DELETED_ONE", null, null);
        HttpResponse<String> member = send("DELETE", "/teams/t1/users/user-bob", null, null);

        assertThat(secret.statusCode()).isEqualTo(200);
        assertThat(secret.body()).isEqualTo("{\"name\":\"DELETED_ONE\"}");
        assertThat(member.statusCode()).isEqualTo(200);
        assertThat(member.body()).contains("\"isAdmin\":false").contains("\"dtDeleted\":");
    }

    @ParameterizedTest(name = "Accept: {0}")
    @CsvSource(delimiter = '|', value = {"text/html,application/xhtml+xml;q=0.9", "text/plain", "application/xml"})
    void anAcceptWithoutJsonStillGetsJsonNot406(String accept) throws Exception {
        HttpResponse<String> list = HTTP.send(HttpRequest.newBuilder(server.uri("/teams/t1/users")).timeout(Duration.ofSeconds(10))
                .header("Accept", accept).build(), BodyHandlers.ofString());
        HttpResponse<String> missing = HTTP.send(HttpRequest.newBuilder(server.uri("/teams/t1/nothing")).timeout(Duration.ofSeconds(10))
                .header("Accept", accept).build(), BodyHandlers.ofString());

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(list.body()).startsWith("{\"hasMore\":");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).startsWith("{\"code\":\"NOT_FOUND\"");
    }

    @Test
    void listIs200() throws Exception {
        HttpResponse<String> response = send("GET", "/teams/t1/users", null, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\"hasMore\":false,\"items\":[").contains("\"id\":\"user-alice\"")
                .doesNotContain("null");
        assertThat(response.headers().firstValueAsLong("Content-Length")).as("a whole body, not chunks")
                .hasValue(response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/teams/t1/users?limit=ten                  | limit: must be an integer",
        "/teams/t1/users?limit=0                    | limit: must be greater than or equal to 1",
        "/teams/t1/users?limit=121                  | limit: must be less than or equal to 120",
        "/teams/t1/users?order=sideways%1B[31m      | order: must be one of asc, desc",
        "/teams/t1/users?role=root                  | role: must be one of owner, admin, member",
        "/teams/t1/secrets?orderBy=name             | orderBy: must be one of dtCreated",
    })
    void queryParametersThatDoNotConvertAre400NamingTheParameter(String target, String message) throws Exception {
        HttpResponse<String> response = send("GET", target, null, null);

        assertError(response, 400, "BAD_REQUEST");
        assertThat(response.body()).contains("\"message\":\"" + message + "\"").doesNotContain("sideways");
    }

    @Test
    void implementationErrorsKeepTheirCodeAndMessage() throws Exception {
        createSecret("TWICE");

        HttpResponse<String> conflict = createSecret("TWICE");
        HttpResponse<String> missing = send("GET", "/teams/t1/secrets/NOPE", null, null);

        assertError(conflict, 409, "CONFLICT");
        assertThat(conflict.body()).contains("A secret with this name exists.");
        assertError(missing, 404, "NOT_FOUND");
    }

    @Test
    void missingRequiredFieldIs400() throws Exception {
        HttpResponse<String> response = send("POST", "/teams/t1/secrets", "application/json", "{\"name\":\"ONLY_NAME\"}");

        assertError(response, 400, "BAD_REQUEST");
        assertThat(response.body()).contains("value");
    }

    @Test
    void constraintViolationsAre400AndNeverEchoTheValue() throws Exception {
        String body = "{\"name\":\"9starts_with_digit\",\"value\":\"" + "x".repeat(8193) + "\"}";

        HttpResponse<String> response = send("POST", "/teams/t1/secrets", "application/json", body);

        assertError(response, 400, "BAD_REQUEST");
        assertThat(response.body()).contains("name").contains("value").doesNotContain("9starts_with_digit").doesNotContain("xxxx");
    }

    @Test
    void invalidPathParameterIs400() throws Exception {
        assertError(send("GET", "/teams/t1/secrets/bad-name", null, null), 400, "BAD_REQUEST");
    }

    /**
     * Jackson names the token it could not read, whole (letters and digits) or up to the first other character: no
     * part of it may come back. The contract kit's NegativeInputContractTest tries every kind of malformed body.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"name\":\"OK\",\"value\":s3cr3tDoNotEcho}", "{\"name\":\"OK\",\"value\":\"s3cr3tDoNotEcho",
        "{\"name\":\"OK\",\"value\":trues3cr3tDoNotEcho}"})
    void malformedJsonIs400AndNeverEchoesAnyPartOfTheBody(String body) throws Exception {
        HttpResponse<String> response = send("POST", "/teams/t1/secrets", "application/json", body);

        assertError(response, 400, "BAD_REQUEST");
        assertThat(response.body()).doesNotContain("s3cr3t").doesNotContain("DoNotEcho");
    }

    @Test
    void aStringWhereABooleanGoesIs400AndNotEchoed() throws Exception {
        HttpResponse<String> response = send("PUT", "/teams/t1/users/u1", "application/json", "{\"isAdmin\":\"s3cr3tDoNotEcho\"}");

        assertError(response, 400, "BAD_REQUEST");
        assertThat(response.body()).doesNotContain("s3cr3t").doesNotContain("DoNotEcho");
    }

    @Test
    void wrongTypesAre400() throws Exception {
        assertError(send("POST", "/teams/t1/secrets", "application/json", "{\"name\":12,\"value\":\"v\"}"), 400, "BAD_REQUEST");
        assertError(send("PUT", "/teams/t1/users/u1", "application/json", "{\"isAdmin\":\"yes\"}"), 400, "BAD_REQUEST");
    }

    @Test
    void lengthsCountCodePointsAsJsonSchemaDoes() throws Exception {
        String emoji = "\uD83D\uDE00";
        assertThat(send("POST", "/teams/t1/secrets", "application/json",
                "{\"name\":\"EMOJI_FULL\",\"value\":\"" + emoji.repeat(8192) + "\"}").statusCode()).as("8,192 emoji").isEqualTo(200);
        assertError(send("POST", "/teams/t1/secrets", "application/json",
                "{\"name\":\"EMOJI_OVER\",\"value\":\"" + emoji.repeat(8193) + "\"}"), 400, "BAD_REQUEST");
    }

    @Test
    void anExplicitNullIsA400NotAnAbsentField() throws Exception {
        HttpResponse<String> response = send("PUT", "/teams/t1/users/u1", "application/json", "{\"isAdmin\":null}");
        assertError(response, 400, "BAD_REQUEST");
        assertError(send("POST", "/teams/t1/secrets", "application/json", "{\"name\":\"NULLED\",\"value\":null}"), 400, "BAD_REQUEST");
        assertThat(send("PUT", "/teams/t1/users/u1", "application/json", "{}").statusCode()).as("absent is still allowed").isEqualTo(200);
    }

    @Test
    void duplicateKeysAreA400() throws Exception {
        assertError(send("POST", "/teams/t1/secrets", "application/json",
                "{\"name\":\"DUPLICATE\",\"value\":\"first\",\"value\":\"second\"}"), 400, "BAD_REQUEST");
        assertError(send("PUT", "/teams/t1/users/u1", "application/json", "{\"isAdmin\":true,\"isAdmin\":false}"), 400, "BAD_REQUEST");
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        HttpResponse<String> response = send("POST", "/teams/t1/secrets", "application/json",
                "{\"name\":\"EXTRA\",\"value\":\"v\",\"color\":\"blue\"}");

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void frameworkErrorsGetTheErrorShape() throws Exception {
        assertError(send("GET", "/nowhere", null, null), 404, "NOT_FOUND");
        assertError(send("POST", "/auth/session", "application/json", "{}"), 405, "METHOD_NOT_SUPPORTED");
        assertError(send("POST", "/teams/t1/secrets", "text/plain", "name=x"), 415, "BAD_REQUEST");
    }

    private HttpResponse<String> createSecret(String name) throws Exception {
        return send("POST", "/teams/t1/secrets", "application/json",
                "{\"name\":\"" + name + "\",\"value\":\"" + SECRET_VALUE + "\"}");
    }

    private static void assertError(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.body()).contains("\"code\":\"" + code + "\"").contains("\"message\":\"");
    }

    HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        URI uri = server.uri(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HTTP.send(request.build(), BodyHandlers.ofString());
    }
}
