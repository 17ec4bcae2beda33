package io.github.teamauthkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.teamauthkit.client.TeamAuthClient;
import io.github.teamauthkit.client.api.AuthenticationApi;
import io.github.teamauthkit.client.errors.TeamAuthException;
import io.github.teamauthkit.client.errors.UnexpectedStatusException;
import io.github.teamauthkit.client.api.TeamMembersApi;
import io.github.teamauthkit.client.api.TeamSecretsApi;
import io.github.teamauthkit.client.invoker.ApiClient;
import io.github.teamauthkit.client.invoker.ApiException;
import io.github.teamauthkit.client.model.SecretCreate;
import io.github.teamauthkit.client.model.SecretUpdate;
import io.github.teamauthkit.client.model.TeamMemberUpdate;
import io.github.teamauthkit.spec.TeamAuthSpec;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated client against every documented response of every operation, taken from the
 * spec's own examples: each request it sends is valid, each answer is read as the spec says
 * (data for 2xx, including {@code null} and empty bodies; the status and Error body for the rest).
 */
class ClientConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** How to call each operation with valid arguments; returns the parsed data. */
    private static final Map<String, ClientCall> CALLS = Map.of(
            "getSession", client -> new AuthenticationApi(client).getSession(),
            "listTeamMembers", client -> new TeamMembersApi(client).listTeamMembers("team-acme"),
            "updateTeamMember", client -> new TeamMembersApi(client).updateTeamMember("team-acme", "user-bob",
                    new TeamMemberUpdate().isAdmin(true)),
            "removeTeamMember", client -> {
                new TeamMembersApi(client).removeTeamMember("team-acme", "user-bob");
                return null;
            },
            "listTeamSecrets", client -> new TeamSecretsApi(client).listTeamSecrets("team-acme"),
            "createTeamSecret", client -> new TeamSecretsApi(client).createTeamSecret("team-acme",
                    new SecretCreate().name("HF_TOKEN").value("hf_value")),
            "getTeamSecret", client -> new TeamSecretsApi(client).getTeamSecret("team-acme", "HF_TOKEN"),
            "updateTeamSecret", client -> new TeamSecretsApi(client).updateTeamSecret("team-acme", "HF_TOKEN",
                    new SecretUpdate().value("hf_new_value")),
            "deleteTeamSecret", client -> {
                new TeamSecretsApi(client).deleteTeamSecret("team-acme", "HF_TOKEN");
                return null;
            });

    /** The same calls through the hand-written client. */
    private static final Map<String, java.util.function.Function<TeamAuthClient, Object>> SDK_CALLS = Map.of(
            "getSession", sdk -> sdk.session().orElse(null),
            "listTeamMembers", sdk -> sdk.members("team-acme").list(),
            "updateTeamMember", sdk -> sdk.members("team-acme").setAdmin("user-bob", true),
            "removeTeamMember", sdk -> {
                sdk.members("team-acme").remove("user-bob");
                return null;
            },
            "listTeamSecrets", sdk -> sdk.secrets("team-acme").list(),
            "createTeamSecret", sdk -> sdk.secrets("team-acme").create("HF_TOKEN", "hf_value"),
            "getTeamSecret", sdk -> sdk.secrets("team-acme").get("HF_TOKEN"),
            "updateTeamSecret", sdk -> sdk.secrets("team-acme").update("HF_TOKEN", "hf_new_value"),
            "deleteTeamSecret", sdk -> {
                sdk.secrets("team-acme").delete("HF_TOKEN");
                return null;
            });

    @FunctionalInterface
    interface ClientCall {
        Object call(ApiClient client) throws ApiException;
    }

    private ValidatingScriptedServer server;
    private ApiClient client;

    @BeforeEach
    void start() throws Exception {
        server = new ValidatingScriptedServer();
        client = new ApiClient();
        client.updateBaseUri(server.baseUri().toString());
        client.setConnectTimeout(Duration.ofSeconds(5));
        client.setReadTimeout(Duration.ofSeconds(10));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer contract-client-key"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** (operationId, status, example name, example body) for every documented response. */
    static Stream<Arguments> documentedResponses() {
        ParseOptions resolve = new ParseOptions();
        resolve.setResolve(true);
        resolve.setResolveFully(true);
        OpenAPI spec = new OpenAPIV3Parser().readContents(TeamAuthSpec.text(), null, resolve).getOpenAPI();
        List<Arguments> responses = new ArrayList<>();
        spec.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                operation.getResponses().forEach((status, response) -> {
                    MediaType json = response.getContent() == null ? null : response.getContent().get("application/json");
                    if (json == null) {
                        responses.add(Arguments.of(operation.getOperationId(), Integer.parseInt(status), "no body", null));
                    } else if (json.getExamples() != null) {
                        json.getExamples().forEach((name, example) ->
                                responses.add(Arguments.of(operation.getOperationId(), Integer.parseInt(status), name, write(example))));
                    } else {
                        Object example = json.getExample() != null ? json.getExample() : json.getSchema().getExample();
                        responses.add(Arguments.of(operation.getOperationId(), Integer.parseInt(status), "example", write(example)));
                    }
                })));
        return responses.stream();
    }

    @ParameterizedTest(name = "{0} {1} ({2})")
    @MethodSource("documentedResponses")
    void theClientSendsValidRequestsAndReadsEachDocumentedResponse(String operationId, int status, String name, String body)
            throws Exception {
        server.answer(status, body);
        ClientCall call = CALLS.get(operationId);
        assertThat(call).as("a call for %s", operationId).isNotNull();

        if (status < 300) {
            Object data = call.call(client);
            if (body == null || "null".equals(body)) {
                assertThat(data).isNull();
            } else {
                ObjectMapper clientMapper = client.getObjectMapper().copy().setSerializationInclusion(JsonInclude.Include.NON_NULL);
                assertThat(JSON.readTree(clientMapper.writeValueAsString(data))).isEqualTo(JSON.readTree(body));
            }
        } else {
            ApiException error = catchThrowableOfType(ApiException.class, () -> call.call(client));
            assertThat(error).as("an error for %d", status).isNotNull();
            assertThat(error.getCode()).isEqualTo(status);
            assertThat(JSON.readTree(error.getResponseBody()).path("code").asText())
                    .isEqualTo(JSON.readTree(body).path("code").asText());
        }
        assertThat(server.requestProblems()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} ({2})")
    @MethodSource("documentedResponses")
    void theHandWrittenClientReadsEachDocumentedResponse(String operationId, int status, String name, String body) throws Exception {
        server.answer(status, body);
        TeamAuthClient sdk = TeamAuthClient.builder().apiKey("contract-client-key").baseUrl(server.baseUri().toString())
                .maxRetries(0).build();

        if (status < 300) {
            Object data = SDK_CALLS.get(operationId).apply(sdk);
            if (body == null || "null".equals(body)) {
                assertThat(data).isNull();
            } else {
                ObjectMapper clientMapper = client.getObjectMapper().copy().setSerializationInclusion(JsonInclude.Include.NON_NULL);
                assertThat(JSON.readTree(clientMapper.writeValueAsString(data))).isEqualTo(JSON.readTree(body));
            }
        } else {
            TeamAuthException error = catchThrowableOfType(TeamAuthException.class, () -> SDK_CALLS.get(operationId).apply(sdk));
            assertThat(error).as("an error for %d", status).isNotNull().isNotInstanceOf(UnexpectedStatusException.class);
            assertThat(error.status()).isEqualTo(status);
            assertThat(error.code()).isEqualTo(JSON.readTree(body).path("code").asText());
        }
        assertThat(server.requestProblems()).isEmpty();
    }

    private static String write(Object example) {
        try {
            Object value = example instanceof Example named ? named.getValue() : example;
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
