package io.github.teamauthkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.teamauthkit.client.TeamAuthClient;
import io.github.teamauthkit.client.resources.TeamMembersResource;
import io.github.teamauthkit.client.resources.TeamSecretsResource;
import io.github.teamauthkit.client.errors.TeamAuthException;
import io.github.teamauthkit.client.errors.UnexpectedStatusException;
import io.github.teamauthkit.spec.TeamAuthSpec;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
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
 * The client (generated from the spec) against every documented response of every operation, taken
 * from the spec's own examples: each request it sends is valid, each answer is read as the spec says
 * (data for 2xx, including {@code null} and empty bodies; the typed error with status and code for the rest).
 */
class ClientConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** How to call each operation through the SDK with valid arguments; returns the parsed data. */
    private static final Map<String, java.util.function.Function<TeamAuthClient, Object>> SDK_CALLS = Map.of(
            "getSession", sdk -> sdk.session().orElse(null),
            // The page as read; Page itself (items, hasMore, nextPage) is what PagingTest checks.
            "listTeamMembers", sdk -> sdk.members("team-acme").withRawResponse().list(TeamMembersResource.ListParams.none()).data(),
            "updateTeamMember", sdk -> sdk.members("team-acme").setAdmin("user-bob", true),
            "removeTeamMember", sdk -> sdk.members("team-acme").remove("user-bob"),
            "listTeamSecrets", sdk -> sdk.secrets("team-acme").withRawResponse().list(TeamSecretsResource.ListParams.none()).data(),
            "createTeamSecret", sdk -> sdk.secrets("team-acme").create("HF_TOKEN", "hf_value"),
            "getTeamSecret", sdk -> sdk.secrets("team-acme").get("HF_TOKEN"),
            "updateTeamSecret", sdk -> sdk.secrets("team-acme").update("HF_TOKEN", "hf_new_value"),
            "deleteTeamSecret", sdk -> sdk.secrets("team-acme").delete("HF_TOKEN"));

    /** How the models are written back to JSON for comparison with the spec's example. */
    private static final ObjectMapper MODELS = JsonMapper.builder().addModule(new JavaTimeModule())
            .serializationInclusion(JsonInclude.Include.NON_NULL).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private ValidatingScriptedServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ValidatingScriptedServer();
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
                        responses.add(Arguments.of(operation.getOperationId(), status(status), "no body", null));
                    } else if (json.getExamples() != null) {
                        json.getExamples().forEach((name, example) ->
                                responses.add(Arguments.of(operation.getOperationId(), status(status), name, write(example))));
                    } else {
                        Object example = json.getExample() != null ? json.getExample() : json.getSchema().getExample();
                        responses.add(Arguments.of(operation.getOperationId(), status(status), "example", write(example)));
                    }
                })));
        return responses.stream();
    }

    @ParameterizedTest(name = "{0} {1} ({2})")
    @MethodSource("documentedResponses")
    void theClientSendsValidRequestsAndReadsEachDocumentedResponse(String operationId, int status, String name, String body) throws Exception {
        server.answer(status, body);
        TeamAuthClient sdk = TeamAuthClient.builder().apiKey("contract-client-key").baseUrl(server.baseUri().toString())
                .maxRetries(0).build();

        if (status < 300) {
            Object data = SDK_CALLS.get(operationId).apply(sdk);
            if (body == null || "null".equals(body)) {
                assertThat(data).isNull();
            } else {
                assertThat(JSON.readTree(MODELS.writeValueAsString(data))).isEqualTo(JSON.readTree(body));
            }
        } else {
            TeamAuthException error = catchThrowableOfType(TeamAuthException.class, () -> SDK_CALLS.get(operationId).apply(sdk));
            assertThat(error).as("an error for %d", status).isNotNull().isNotInstanceOf(UnexpectedStatusException.class);
            assertThat(error.status()).isEqualTo(status);
            assertThat(error.code()).isEqualTo(JSON.readTree(body).path("code").asText());
        }
        assertThat(server.requestProblems()).isEmpty();
    }

    /** A listed status, or for {@code default} (any other error) a status no operation lists. */
    private static int status(String status) {
        return "default".equals(status) ? 418 : Integer.parseInt(status);
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
