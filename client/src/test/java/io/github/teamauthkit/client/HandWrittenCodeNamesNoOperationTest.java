package io.github.teamauthkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.teamauthkit.spec.TeamAuthSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the spec says about operations is written once, in the spec: the hand-written client core
 * names no operationId and no path of it, so a spec change never needs a hand-written edit.
 */
class HandWrittenCodeNamesNoOperationTest {

    @Test
    void noHandWrittenSourceNamesAnOperationOrAPath() throws Exception {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(TeamAuthSpec.text());
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : spec.path("paths").properties()) {
            names.add(path.getKey());
            path.getValue().forEach(operation -> {
                if (operation.has("operationId")) {
                    names.add(operation.path("operationId").asText());
                }
            });
        }
        assertThat(names).hasSizeGreaterThan(10);

        List<String> found = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                names.stream().filter(text::contains).forEach(name -> found.add(source + ": " + name));
            }
        }
        assertThat(found).isEmpty();
    }
}
