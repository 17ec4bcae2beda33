package io.github.teamauthkit.spec.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;

/** A spec file read as a JSON tree, with the name to report it under. */
record SpecDocument(Path path, JsonNode root) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static SpecDocument read(Path path) throws IOException {
        return new SpecDocument(path, YAML.readTree(path.toFile()));
    }

    String name() {
        return path.toString();
    }

    Finding finding(String pointer, String message) {
        return new Finding(name(), pointer, message);
    }

    /**
     * Follows a local {@code $ref} ({@code #/...}) to the node it names; any other node is returned
     * as it is. An unresolvable reference yields a missing node: swagger-parser reports those.
     */
    JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? root.at(ref.substring(1)) : node;
    }

    /** Escapes one JSON-pointer reference token (RFC 6901). */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
