package io.github.teamauthkit.spec.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecCheckTest {

    private static final String MINIMAL = Fixture.MINIMAL;

    @TempDir
    Path dir;

    @Test
    void theProjectSpecPasses() throws Exception {
        assertThat(SpecCheck.check(Path.of("paperspace-team-auth-api-openapi.yml"))).isEmpty();
    }

    @Test
    void theMinimalFixturePasses() throws Exception {
        assertThat(SpecCheck.check(write(MINIMAL))).isEmpty();
    }

    @Test
    void misspelledTypeIsReportedAtItsPointer() throws Exception {
        List<Finding> findings = SpecCheck.check(write(MINIMAL.replace("type: boolean", "type: boolen")));

        assertThat(findings).extracting(Finding::pointer)
                .contains("/components/schemas/Widget/properties/flag/type");
        assertThat(findings).allSatisfy(f -> assertThat(f.toString()).startsWith(dir.toString()));
    }

    @Test
    void unresolvedReferenceIsReported() throws Exception {
        List<Finding> findings = SpecCheck.check(write(MINIMAL.replace("schemas/WidgetUpdate'", "schemas/Gadget'")));

        assertThat(findings).extracting(Finding::message).anyMatch(m -> m.contains("Gadget"));
    }

    @Test
    void missingResponsesIsReportedAtTheOperation() throws Exception {
        String noResponses = MINIMAL.replaceAll("(?s)      responses:.*?(?=    put:)", "");

        assertThat(SpecCheck.check(write(noResponses))).extracting(Finding::pointer)
                .contains(Fixture.GET);
    }

    @Test
    void invalidYamlIsReportedWithItsLine() throws Exception {
        List<Finding> findings = SpecCheck.check(write(MINIMAL.replace("description: ok", "description: a: b")));

        assertThat(findings).singleElement().extracting(Finding::message).asString()
                .startsWith("line 16, column ").contains("not valid YAML");
    }

    @Test
    void mainFailsTheBuildWithEveryFindingInTheMessage() throws Exception {
        Path broken = write(MINIMAL.replace("type: boolean", "type: boolen"));

        assertThatThrownBy(() -> SpecCheck.main(new String[] {broken.toString()}))
                .isInstanceOf(SpecCheckFailedException.class)
                .hasMessageContaining(broken + ": /components/schemas/Widget/properties/flag/type: ");
    }

    @Test
    void mainComparesWithTheBaselineAndWritesTheReport() throws Exception {
        Path baseline = Files.writeString(dir.resolve("baseline.yml"), MINIMAL);
        Path broken = write(MINIMAL.replace("    put:", "    post:"));
        Path report = dir.resolve("diff.md");
        String[] args = {broken.toString(), baseline.toString(), dir.resolve("allowed.yml").toString(), report.toString()};

        assertThatThrownBy(() -> SpecCheck.main(args))
                .isInstanceOf(SpecCheckFailedException.class)
                .hasMessageContaining(broken + ": /paths: breaking change against baseline.yml: "
                        + "PUT /widgets/{widgetId}: operation removed");
        assertThat(report).exists();
    }

    private Path write(String yaml) throws Exception {
        return Files.writeString(dir.resolve("spec.yml"), yaml);
    }
}
