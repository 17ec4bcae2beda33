package io.github.teamauthkit.spec.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate guards the contract as released: the baseline the build compares with (spec/pom.xml's
 * {@code spec.baseline}) is of the spec's own major version, so a breaking change to the spec on main
 * fails the spec module. (With 2.0 still above a 1.x baseline, anything passed.)
 */
class ReleasedBaselineTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path dir;

    @Test
    void theSpecAsItIsPassesAgainstTheReleasedBaseline() throws Exception {
        assertThat(check(Path.of("paperspace-team-auth-api-openapi.yml"))).isEmpty();
    }

    @Test
    void removingARequiredResponseFieldFailsOnMain() throws Exception {
        ObjectNode spec = (ObjectNode) YAML.readTree(Path.of("paperspace-team-auth-api-openapi.yml").toFile());
        ObjectNode status = (ObjectNode) spec.at("/components/schemas/MembershipStatus");
        ((ObjectNode) status.get("properties")).remove("isOwner");
        ArrayNode required = (ArrayNode) status.get("required");
        for (int i = required.size() - 1; i >= 0; i--) {
            if (required.get(i).asText().equals("isOwner")) {
                required.remove(i);
            }
        }

        assertThat(check(Fixture.write(dir.resolve("spec.yml"), spec))).anySatisfy(finding ->
                assertThat(finding.message()).contains("breaking change against " + baseline().getFileName())
                        .contains("no longer required: isOwner"));
    }

    @Test
    void removingAnOperationFailsOnMain() throws Exception {
        ObjectNode spec = (ObjectNode) YAML.readTree(Path.of("paperspace-team-auth-api-openapi.yml").toFile());
        ((ObjectNode) spec.at("/paths/~1teams~1{id}~1secrets~1{name}")).remove("delete");

        assertThat(check(Fixture.write(dir.resolve("spec.yml"), spec))).anySatisfy(finding ->
                assertThat(finding.message()).contains("DELETE /teams/{id}/secrets/{name}: operation removed"));
    }

    private List<Finding> check(Path spec) throws Exception {
        return SpecCheck.check(spec, baseline(), Path.of("baseline/allowed-breaking-changes.yml"), dir.resolve("diff.md"));
    }

    /** The baseline spec/pom.xml names, so this test follows the build's configuration. */
    private static Path baseline() throws Exception {
        Matcher configured = Pattern.compile("<spec.baseline>\\$\\{project.basedir}/(.+?)</spec.baseline>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(configured.find()).as("spec.baseline in spec/pom.xml").isTrue();
        return Path.of(configured.group(1));
    }
}
