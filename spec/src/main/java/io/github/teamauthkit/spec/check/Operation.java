package io.github.teamauthkit.spec.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** One operation of a spec's {@code paths}, with the pointer that locates it. */
record Operation(String path, String method, JsonNode pathItem, JsonNode node, String pointer) {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    static List<Operation> all(SpecDocument spec) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : spec.root().path("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (METHODS.contains(entry.getKey())) {
                    String pointer = "/paths/" + SpecDocument.escape(path.getKey()) + "/" + entry.getKey();
                    operations.add(new Operation(path.getKey(), entry.getKey(), path.getValue(), entry.getValue(), pointer));
                }
            }
        }
        return operations;
    }

    /** How the operation is named in messages: {@code GET /teams/{teamId}/users}. */
    String label() {
        return method.toUpperCase(Locale.ROOT) + " " + path;
    }
}
