package io.github.teamauthkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.teamauthkit.client.ScriptedHttpServer.Answer;
import io.github.teamauthkit.client.model.ErrorCode;
import io.github.teamauthkit.client.errors.BadRequestException;
import io.github.teamauthkit.client.errors.ConflictException;
import io.github.teamauthkit.client.errors.ConnectionException;
import io.github.teamauthkit.client.errors.ForbiddenException;
import io.github.teamauthkit.client.errors.MissingCredentialsException;
import io.github.teamauthkit.client.errors.NotFoundException;
import io.github.teamauthkit.client.errors.RateLimitedException;
import io.github.teamauthkit.client.errors.ServerException;
import io.github.teamauthkit.client.errors.TeamAuthException;
import io.github.teamauthkit.client.errors.UnauthorizedException;
import io.github.teamauthkit.client.errors.UnexpectedStatusException;
import io.github.teamauthkit.client.model.Secret;
import io.github.teamauthkit.client.resources.TeamSecretsResource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The hand-written client against a local server that can answer anything. */
class TeamAuthClientTest {

    static final String KEY = "ps_test_key_that_must_never_show";
    /** The spec's example of a session: every property it requires. */
    private static final String SESSION_JSON = "{\"user\":{\"analyticsId\":48151623,\"dtConfirmed\":\"2026-11-01T08:00:00Z\","
            + "\"dtCreated\":\"2026-11-01T08:00:00Z\",\"email\":\"alice@acme.test\",\"firstName\":\"Alice\",\"id\":\"user-alice\","
            + "\"isPasswordAuthEnabled\":false,\"isPhoneVerified\":false,\"isQrCodeBasedMfaConfirmed\":false,"
            + "\"isQrCodeBasedMfaEnabled\":false,\"lastName\":\"Admin\",\"metadata\":{},\"teamMemberships\":[{\"isAdmin\":true,"
            + "\"isOwner\":true,\"team\":{\"dtCreated\":\"2026-11-01T08:00:00Z\",\"id\":\"team-acme\",\"isUserTeam\":false,"
            + "\"name\":\"Acme\",\"namespace\":\"acme\"}}]},\"team\":{\"analyticsId\":42424242,\"id\":\"team-acme\","
            + "\"isPrivate\":false,\"maxMachines\":0,\"namespace\":\"acme\"}}";
    private static final String SECRET_JSON = "{\"name\":\"HF_TOKEN\",\"dtCreated\":\"2026-11-02T09:30:00Z\"}";

    private ScriptedHttpServer server;
    private TeamAuthClient client;

    @BeforeEach
    void start() {
        server = new ScriptedHttpServer();
        client = builder().build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** A last page of a paged list with these items. */
    static String page(String... items) {
        return "{\"hasMore\":false,\"items\":[" + String.join(",", items) + "]}";
    }

    private TeamAuthClient.Builder builder() {
        return TeamAuthClient.builder().apiKey(KEY).baseUrl(server.baseUri().toString())
                .retryBaseDelay(Duration.ofMillis(10)).requestTimeout(Duration.ofSeconds(10));
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("POST /teams/t1/secrets", 400, BadRequestException.class),
                Arguments.of("POST /teams/t1/secrets", 401, UnauthorizedException.class),
                Arguments.of("POST /teams/t1/secrets", 403, ForbiddenException.class),
                Arguments.of("GET /teams/t1/secrets/HF_TOKEN", 404, NotFoundException.class),
                Arguments.of("POST /teams/t1/secrets", 409, ConflictException.class),
                Arguments.of("POST /teams/t1/secrets", 429, RateLimitedException.class),
                Arguments.of("POST /teams/t1/secrets", 413, TeamAuthException.class),
                Arguments.of("POST /teams/t1/secrets", 500, ServerException.class),
                // Not listed for the operation, but every operation declares a default error response.
                Arguments.of("GET /teams/t1/secrets/HF_TOKEN", 409, ConflictException.class),
                Arguments.of("GET /teams/t1/secrets/HF_TOKEN", 418, TeamAuthException.class));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("errors")
    void eachErrorStatusHasItsType(String call, int status, Class<? extends TeamAuthException> type) {
        server.answer(call, Answer.of(status, "{\"code\":\"SOME_CODE\",\"message\":\"what went wrong\",\"details\":{\"field\":\"name\"}}")
                .withHeader("X-Request-Id", "r-1"));

        TeamAuthException error = catchThrowableOfType(TeamAuthException.class, () -> {
            if (call.startsWith("POST")) {
                client.secrets("t1").withOptions(RequestOptions.none().withMaxRetries(0)).create("HF_TOKEN", "v");
            } else {
                client.secrets("t1").get("HF_TOKEN");
            }
        });

        assertThat(error).isExactlyInstanceOf(type);
        assertThat(error.status()).isEqualTo(status);
        assertThat(error.code()).isEqualTo("SOME_CODE");
        assertThat(error.error().typedCode()).as("a code this client does not know").isEqualTo(ErrorCode.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(error.error().details()).containsEntry("field", "name");
        assertThat(error.headers().firstValue("X-Request-Id")).hasValue("r-1");
    }

    @Test
    void aNullRequiredArgumentIsRefusedByNameBeforeAnythingIsSent() {
        assertThatThrownBy(() -> client.secrets("t1").create("HF_TOKEN", System.getenv("TEAMAUTH_NO_SUCH_VARIABLE")))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("value is required, but was null");
        assertThatThrownBy(() -> client.secrets(null).get("HF_TOKEN"))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("id is required, but was null");
        assertThatThrownBy(() -> client.members("t1").remove(null))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("userId is required, but was null");
        assertThat(server.requests()).isEmpty();
    }

    /** A request body's fields by name, so that two strings cannot be swapped; sent as the positional call sends them. */
    @Test
    void aBodyIsBuiltWithItsFieldsNamed() throws Exception {
        server.answer("POST /teams/t1/secrets", 200, SECRET_JSON);
        server.answer("PATCH /teams/t1/secrets/HF_TOKEN", 200, SECRET_JSON);
        TeamSecretsResource.CreateParams create = TeamSecretsResource.CreateParams.builder().value("v1").name("HF_TOKEN").build();

        client.secrets("t1").create(create);
        client.async().secrets("t1").update("HF_TOKEN", TeamSecretsResource.UpdateParams.builder().value("v2").build()).get();

        assertThat(server.requests()).extracting(ScriptedHttpServer.Recorded::body)
                .containsExactly("{\"name\":\"HF_TOKEN\",\"value\":\"v1\"}", "{\"value\":\"v2\"}");
        assertThat(create.toString()).isEqualTo("CreateParams[name=HF_TOKEN, value=***]");
        assertThat(create.toBuilder().name("OTHER").build().name()).isEqualTo("OTHER");
        assertThatThrownBy(() -> client.secrets("t1").create(TeamSecretsResource.CreateParams.builder().name("HF_TOKEN").build()))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("value is required, but was null");
    }

    /** A key belongs to one team: {@code secrets()} is that team's, asked for once per client, not once per call. */
    @Test
    void theKeysOwnTeamIsAskedForOnceAndKept() {
        server.answer("GET /auth/session", 200, SESSION_JSON);
        server.answer("GET /teams/team-acme/secrets", 200, "{\"hasMore\":false,\"items\":[]}");
        server.answer("GET /teams/team-acme/users", 200, "{\"hasMore\":false,\"items\":[]}");

        client.secrets().list();
        client.members().list();
        client.secrets().list();

        assertThat(server.requests()).extracting(ScriptedHttpServer.Recorded::path)
                .containsExactly("/auth/session", "/teams/team-acme/secrets", "/teams/team-acme/users", "/teams/team-acme/secrets");
    }

    @Test
    void withoutACallerThereIsNoOwnTeam() {
        server.answer("GET /auth/session", 200, "null");

        assertThatThrownBy(() -> client.secrets().list()).isInstanceOf(MissingCredentialsException.class)
                .hasMessageContaining("no team for this key");
    }

    @Test
    void aKnownCodeIsTyped() {
        server.answer("GET /teams/t1/secrets/HF_TOKEN", Answer.of(405, "{\"code\":\"METHOD_NOT_SUPPORTED\",\"message\":\"no\"}"));

        TeamAuthException error = catchThrowableOfType(TeamAuthException.class, () -> client.secrets("t1").get("HF_TOKEN"));

        assertThat(error.error().typedCode()).isEqualTo(ErrorCode.METHOD_NOT_SUPPORTED);
    }

    @Test
    void the200AnswerOnCreateIsData() {
        server.answer("POST /teams/t1/secrets", 200, SECRET_JSON);
        RawResponse<Secret> created = client.secrets("t1").withRawResponse().create("HF_TOKEN", "v");
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.data().getName()).isEqualTo("HF_TOKEN");
    }

    @Test
    void aStatusTheSpecDoesNotDocumentIsAnError() {
        // 201 is what 1.x servers answered; 2.0 (and Paperspace) answer 200.
        server.answer("POST /teams/t1/secrets", 201, SECRET_JSON);
        assertThatThrownBy(() -> client.secrets("t1").create("HF_TOKEN", "v"))
                .isInstanceOf(UnexpectedStatusException.class).hasMessageContaining("createTeamSecret answered 201");
    }

    @Test
    void rateLimitedIsRetriedAfterTheServersDelay() {
        server.answer("GET /teams/t1/secrets", Answer.of(429, "{\"code\":\"TOO_MANY_REQUESTS\",\"message\":\"slow down\"}")
                .withHeader("Retry-After", "1"), Answer.of(200, page(SECRET_JSON)));
        long start = System.nanoTime();

        List<Secret> secrets = client.secrets("t1").list().items();

        assertThat(secrets).extracting(Secret::getName).containsExactly("HF_TOKEN");
        assertThat(server.requests()).hasSize(2);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("waited for Retry-After").isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void rateLimitedWithoutRetriesReportsRetryAfter() {
        server.answer("GET /teams/t1/secrets", Answer.of(429, "{\"code\":\"TOO_MANY_REQUESTS\",\"message\":\"slow down\"}")
                .withHeader("Retry-After", "Wed, 21 Oct 2099 07:28:00 GMT"));
        RateLimitedException error = catchThrowableOfType(RateLimitedException.class, () -> client.secrets("t1").list());
        assertThat(error.retryAfter()).hasValueSatisfying(wait -> assertThat(wait).isGreaterThan(Duration.ofDays(1000)));
        assertThat(server.requests()).as("a Retry-After beyond the cap is not waited for").hasSize(1);
    }

    @Test
    void serviceUnavailableTwiceThenSuccess() {
        Answer unavailable = Answer.of(503, "{\"code\":\"UNAVAILABLE\",\"message\":\"later\"}");
        server.answer("GET /teams/t1/users", unavailable, unavailable, Answer.of(200, page()));
        assertThat(client.members("t1").list().items()).isEmpty();
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void retriesStopAtTheLimitAndZeroDisablesThem() {
        server.answer("GET /teams/t1/users", 503, "{\"code\":\"UNAVAILABLE\",\"message\":\"later\"}");
        assertThatThrownBy(() -> client.members("t1").list()).isInstanceOf(ServerException.class);
        assertThat(server.requests()).hasSize(3);

        server.requests().clear();
        assertThatThrownBy(() -> builder().maxRetries(0).build().members("t1").list()).isInstanceOf(ServerException.class);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aPostIsNotRetriedOnceTheServerHasIt() {
        server.answer("POST /teams/t1/secrets", 503, "{\"code\":\"UNAVAILABLE\",\"message\":\"later\"}");
        assertThatThrownBy(() -> client.secrets("t1").create("HF_TOKEN", "v")).isInstanceOf(ServerException.class);
        assertThat(server.requests()).hasSize(1);

        server.requests().clear();
        server.answer("POST /teams/t1/secrets", Answer.dropped());
        assertThatThrownBy(() -> client.secrets("t1").create("HF_TOKEN", "v")).isInstanceOf(ConnectionException.class);
        assertThat(server.requests()).as("dropped after sending: not retried").hasSize(1);
    }

    @Test
    void aDroppedConnectionIsRetriedForSafeRequests() {
        server.answer("GET /teams/t1/secrets", Answer.dropped(), Answer.of(200, page()));
        assertThat(client.secrets("t1").list().items()).isEmpty();
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void aRefusedConnectionIsAConnectionException() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        TeamAuthClient unreachable = builder().baseUrl("http://127.0.0.1:" + closedPort + "/v1").build();
        assertThatThrownBy(() -> unreachable.secrets("t1").create("HF_TOKEN", "v"))
                .isInstanceOf(ConnectionException.class)
                .hasMessageStartingWith("POST http://127.0.0.1:" + closedPort + "/v1/teams/t1/secrets failed: could not connect "
                        + "(3 attempts, ")
                .extracting(e -> ((TeamAuthException) e).status()).isEqualTo(0);
    }

    @Test
    void timeoutsApplyAndCanBeOverriddenPerCall() {
        server.answer("GET /teams/t1/secrets", Answer.of(200, page()).delayedBy(1500));
        TeamAuthClient impatient = builder().requestTimeout(Duration.ofMillis(200)).maxRetries(0).build();

        assertThatThrownBy(() -> impatient.secrets("t1").list()).isInstanceOf(ConnectionException.class).hasMessageContaining("timed out");
        assertThat(impatient.secrets("t1").withOptions(RequestOptions.none().withTimeout(Duration.ofSeconds(10))).list().items()).isEmpty();
    }

    @Test
    void theTimeoutCoversABodyThatStallsAfterTheHeaders() {
        server.answer("GET /teams/t1/secrets/HF_TOKEN", Answer.stalledBody(200, SECRET_JSON, 20_000));
        TeamAuthClient impatient = builder().requestTimeout(Duration.ofMillis(300)).maxRetries(0).build();

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThatThrownBy(() -> impatient.secrets("t1").get("HF_TOKEN"))
                    .isInstanceOf(ConnectionException.class).hasMessageContaining("timed out");
            ExecutionException async = catchThrowableOfType(ExecutionException.class,
                    () -> impatient.async().secrets("t1").get("HF_TOKEN").get());
            assertThat(async.getCause()).isInstanceOf(ConnectionException.class).hasMessageContaining("timed out");
            assertThatThrownBy(() -> client.secrets("t1").withOptions(RequestOptions.none().withTimeout(Duration.ofMillis(300))
                    .withMaxRetries(0)).get("HF_TOKEN")).isInstanceOf(ConnectionException.class).hasMessageContaining("timed out");
        });
    }

    @Test
    void aSuccessWithoutTheDocumentedBodySaysWhatIsWrongAndNeverEchoesIt() {
        server.answer("GET /teams/t1/secrets", Answer.of(200, "null"), Answer.of(200, ""),
                Answer.of(200, "{\"hasMore\":false,\"items\":[{\"name\":\"HF\",\"hasDeploymentAttached\":\"hf_secret_echo\"}]}"),
                Answer.of(200, "<html>"));

        assertThatThrownBy(() -> client.secrets("t1").list()).isInstanceOf(UnexpectedStatusException.class)
                .hasMessage("listTeamSecrets answered 200 with a body the spec does not describe: it is null");
        assertThatThrownBy(() -> client.secrets("t1").list()).hasMessageEndingWith("it is empty");
        assertThatThrownBy(() -> client.secrets("t1").list())
                .hasMessageEndingWith("at /items/0/hasDeploymentAttached a value of another type or shape than documented")
                .hasMessageNotContaining("hf_secret_echo");
        assertThatThrownBy(() -> client.secrets("t1").list()).hasMessageEndingWith("it is not JSON");
    }

    @Test
    void aNullSessionIsEmptyAndASessionIsPresent() {
        server.answer("GET /auth/session", 200, "null");
        assertThat(client.session()).isEmpty();

        server.answer("GET /auth/session", 200, SESSION_JSON);
        assertThat(client.session()).hasValueSatisfying(session -> assertThat(session.getTeam().getNamespace()).isEqualTo("acme"));
    }

    @Test
    void anAnswerWithoutAPropertyTheSpecRequiresIsRefusedNamingWhere() {
        server.answer("GET /auth/session", Answer.of(200, SESSION_JSON.replaceFirst(",\"team\":\\{[^}]*}}$", "}")),
                Answer.of(200, SESSION_JSON.replace("\"email\":\"alice@acme.test\"", "\"email\":null")));

        assertThatThrownBy(client::session).isInstanceOf(UnexpectedStatusException.class)
                .hasMessage("getSession answered 200 with a body the spec does not describe: at /team a required value is missing or null");
        assertThatThrownBy(client::session).isInstanceOf(UnexpectedStatusException.class)
                .hasMessageEndingWith("at /user/email a required value is missing or null");
    }

    @Test
    void unknownFieldsAreIgnored() {
        server.answer("GET /teams/t1/secrets/HF_TOKEN", 200, "{\"name\":\"HF_TOKEN\",\"dtModified\":\"2026-11-03T00:00:00Z\",\"x\":{\"y\":1}}");
        assertThat(client.secrets("t1").get("HF_TOKEN").getName()).isEqualTo("HF_TOKEN");
    }

    @Test
    void headersCarryTheKeyAndUserAgentAndPathsAreEncoded() {
        server.answer("DELETE /teams/team%20one/users/user%2Fslash", 200, "{\"isAdmin\":false,\"isOwner\":false}");
        assertThat(client.members("team one").remove("user/slash").getIsAdmin()).isFalse();

        ScriptedHttpServer.Recorded request = server.requests().get(0);
        assertThat(request.headers().get("Authorization")).containsExactly("Bearer " + KEY);
        assertThat(request.headers().get("User-agent")).singleElement().asString()
                .matches("teamauth-client/" + java.util.regex.Pattern.quote(TeamAuthClient.VERSION) + " Java/.+");
        assertThat(TeamAuthClient.VERSION).isNotBlank().doesNotContain("${");
    }

    @Test
    void plainHttpRequestsDoNotAskToUpgradeToHttp2() {
        server.answer("GET /teams/t1/secrets", 200, page(SECRET_JSON));
        client.secrets("t1").list();

        ScriptedHttpServer.Recorded request = server.requests().get(0);
        assertThat(request.headers()).doesNotContainKeys("Upgrade", "Http2-settings");
    }

    @Test
    void theAsyncTwinCompletesWithDataOrTheTypedError() throws Exception {
        server.answer("GET /teams/t1/secrets", 200, page(SECRET_JSON));
        assertThat(client.async().secrets("t1").list().get().items()).hasSize(1);

        server.answer("GET /teams/t1/users", 403, "{\"code\":\"FORBIDDEN\",\"message\":\"no\"}");
        ExecutionException failed = catchThrowableOfType(ExecutionException.class, () -> client.async().members("t1").list().get());
        assertThat(failed.getCause()).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void plainHttpToAnotherHostIsRefusedUnlessAllowed() {
        assertThatThrownBy(() -> builder().baseUrl("http://api.example.test/v1").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plain HTTP");
        assertThat(builder().baseUrl("http://api.example.test/v1").allowInsecureHttp(true).build()).isNotNull();
        assertThat(builder().baseUrl("http://localhost:8080/v1").build()).isNotNull();
        assertThat(builder().baseUrl("http://[::1]:8080/v1").build()).isNotNull();
        assertThat(builder().baseUrl("https://api.example.test/v1").build()).isNotNull();
    }

    @Test
    void aBaseUrlHoldingAPasswordIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> builder().baseUrl("https://user:s3cret-pass@api.example.test/v1").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user name or password")
                .hasMessageNotContaining("s3cret-pass");
    }

    @Test
    void theClientsStringShowsNoKey() {
        assertThat(client.toString()).doesNotContain(KEY).contains(server.baseUri().toString());
        assertThat(new io.github.teamauthkit.client.model.SecretCreate().name("N").value("hidden-value").toString())
                .doesNotContain("hidden-value");
    }

    @Test
    void errorBodiesThatEchoTheKeyOrTheValueAreRedacted() {
        server.answer("POST /teams/t1/secrets", 409, "{\"code\":\"CONFLICT\",\"message\":\"key " + KEY
                + " and value plain-secret-value\",\"details\":{\"value\":\"plain-secret-value\"}}");
        ConflictException error = catchThrowableOfType(ConflictException.class,
                () -> client.secrets("t1").create("HF_TOKEN", "plain-secret-value"));
        assertThat(error.getMessage()).doesNotContain(KEY).doesNotContain("plain-secret-value").contains("***");
        assertThat(error.error().details()).isEqualTo(Map.of("value", "***"));
    }
}
