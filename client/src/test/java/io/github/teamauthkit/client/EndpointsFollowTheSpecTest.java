package io.github.teamauthkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.teamauthkit.client.internal.Endpoint;
import io.github.teamauthkit.client.resources.Operations;
import io.github.teamauthkit.spec.TeamAuthSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The generated table of operations says what the spec says, so a template cannot drift from the spec unnoticed. */
class EndpointsFollowTheSpecTest {

    @Test
    void everyOperationMethodPathAndStatusMatchesTheSpec() throws Exception {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(TeamAuthSpec.text());
        List<String> fromSpec = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : spec.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!operation.getValue().has("operationId")) {
                    continue;
                }
                TreeSet<String> errors = new TreeSet<>();
                List<String> successes = new ArrayList<>();
                operation.getValue().path("responses").fieldNames().forEachRemaining(status ->
                        (status.startsWith("2") ? successes : errors).add(status));
                fromSpec.add(describe(operation.getValue().path("operationId").asText(), operation.getKey().toUpperCase(Locale.ROOT),
                        path.getKey(), String.join(",", successes), errors));
            }
        }
        List<String> fromClient = new ArrayList<>();
        for (Endpoint endpoint : Operations.all()) {
            TreeSet<String> errors = new TreeSet<>();
            endpoint.errors().forEach(status -> errors.add(String.valueOf(status)));
            if (endpoint.anyError()) {
                errors.add("default");
            }
            fromClient.add(describe(endpoint.operationId(), endpoint.method(), endpoint.path(), String.valueOf(endpoint.success()), errors));
        }
        assertThat(fromClient).containsExactlyInAnyOrderElementsOf(fromSpec);
    }

    private static String describe(String operationId, String method, String path, String success, TreeSet<String> errors) {
        return operationId + " " + method + " " + path + " -> " + success + " or " + errors;
    }
}
