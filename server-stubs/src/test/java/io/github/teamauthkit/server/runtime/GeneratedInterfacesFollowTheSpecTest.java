package io.github.teamauthkit.server.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.teamauthkit.server.api.AuthenticationApi;
import io.github.teamauthkit.server.api.TeamMembersApi;
import io.github.teamauthkit.server.api.TeamSecretsApi;
import io.github.teamauthkit.spec.TeamAuthSpec;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every generated operation carries what the spec says: summary, security, success status, nullability. */
class GeneratedInterfacesFollowTheSpecTest {

    private static final Map<String, JsonNode> OPERATIONS = new HashMap<>();
    private static JsonNode spec;

    @BeforeAll
    static void readSpec() throws Exception {
        try (InputStream in = TeamAuthSpec.open()) {
            spec = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        spec.get("paths").forEach(path -> path.fields().forEachRemaining(e -> {
            if (e.getValue().has("operationId")) {
                OPERATIONS.put(e.getValue().get("operationId").asText(), e.getValue());
            }
        }));
    }

    static Stream<Method> operations() {
        return Stream.of(AuthenticationApi.class, TeamMembersApi.class, TeamSecretsApi.class)
                .flatMap(api -> Arrays.stream(api.getDeclaredMethods()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void operationAnnotationMatchesTheSpec(Method method) {
        Operation operation = method.getAnnotation(Operation.class);
        JsonNode specOperation = OPERATIONS.get(operation.operationId());

        assertThat(specOperation).as("spec operation %s", operation.operationId()).isNotNull();
        assertThat(operation.summary()).isNotBlank().isEqualTo(specOperation.get("summary").asText());
        List<String> specSchemes = new ArrayList<>();
        specOperation.get("security").forEach(requirement -> requirement.fieldNames().forEachRemaining(specSchemes::add));
        assertThat(operation.security()).extracting(SecurityRequirement::name)
                .contains("bearerAuth").containsExactlyInAnyOrderElementsOf(specSchemes);
        assertThat(method.getAnnotation(ApiResponses.class).value()).extracting(ApiResponse::responseCode)
                .containsExactlyElementsOf(fieldNames(specOperation.get("responses")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void successStatusAndNullabilityMatchTheSpec(Method method) {
        JsonNode specOperation = OPERATIONS.get(method.getAnnotation(Operation.class).operationId());
        SpecSuccess success = method.getAnnotation(SpecSuccess.class);
        String specStatus = fieldNames(specOperation.get("responses")).stream().filter(code -> code.startsWith("2"))
                .findFirst().orElseThrow();

        assertThat(success).as("@SpecSuccess on %s", method).isNotNull();
        assertThat(success.status()).isEqualTo(Integer.parseInt(specStatus));
        assertThat(success.nullable()).isEqualTo(isNullable(specOperation.get("responses").get(specStatus)));
    }

    private static boolean isNullable(JsonNode response) {
        JsonNode schema = response.path("content").path("application/json").path("schema");
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            schema = spec.get("components").get("schemas").get(name);
        }
        return schema.path("nullable").asBoolean(false);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
