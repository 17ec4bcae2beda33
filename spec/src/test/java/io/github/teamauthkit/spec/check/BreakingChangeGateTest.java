package io.github.teamauthkit.spec.check;

import static io.github.teamauthkit.spec.check.Fixture.GET;
import static io.github.teamauthkit.spec.check.Fixture.PUT;
import static io.github.teamauthkit.spec.check.Fixture.WIDGET;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of breaking change fails the gate, naming the operation and the field. */
class BreakingChangeGateTest {

    private static final String WIDGET_SCHEMA = "/components/schemas/Widget";

    @TempDir
    Path dir;
    private Path baseline;
    private Path allowFile;
    private Path report;

    @BeforeEach
    void writeBaseline() throws Exception {
        baseline = Fixture.write(dir.resolve("baseline.yml"), Fixture.minimal());
        allowFile = dir.resolve("allowed.yml");
        report = dir.resolve("target/diff.md");
    }

    static Stream<Arguments> breakingChanges() {
        return Stream.of(
                change("operation removed", spec -> Fixture.object(spec, WIDGET).remove("put"),
                        "/paths", "PUT /widgets/{widgetId}: operation removed"),
                change("optional request field made required",
                        spec -> Fixture.object(spec, "/components/schemas/WidgetUpdate").putArray("required").add("label"),
                        PUT, "PUT /widgets/{widgetId}: request body: required"),
                change("required response field removed", spec -> {
                    Fixture.object(spec, "/components/schemas/Error/properties").remove("message");
                    Fixture.array(spec, "/components/schemas/Error/required").remove(1);
                }, GET, "GET /widgets/{widgetId}: response 401: required"),
                change("response field type changed",
                        spec -> Fixture.object(spec, WIDGET_SCHEMA + "/properties/flag").put("type", "string"),
                        GET, "GET /widgets/{widgetId}: response 200 field flag: type or format changed"),
                change("new required parameter", spec -> Fixture.array(spec, GET.replace("/get", "/parameters")).addObject()
                                .put("in", "query").put("name", "colour").put("required", true)
                                .putObject("schema").put("type", "string"),
                        GET, "GET /widgets/{widgetId}: query parameter colour: new required parameter"),
                change("request field constrained",
                        spec -> Fixture.object(spec, "/components/schemas/WidgetUpdate/properties/label").put("maxLength", 8),
                        PUT, "PUT /widgets/{widgetId}: request body field label: maxLength"),
                change("response removed", spec -> Fixture.object(spec, GET + "/responses").remove("200"),
                        GET, "GET /widgets/{widgetId}: response 200: response removed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakingChanges")
    void aBreakingChangeFailsNamingOperationAndField(String kind, Consumer<ObjectNode> change, String pointer, String key)
            throws Exception {
        List<Finding> findings = gate(change);

        assertThat(findings).anySatisfy(finding -> {
            assertThat(finding.pointer()).isEqualTo(pointer);
            assertThat(finding.message()).contains("breaking change against baseline.yml: " + key);
        });
        assertThat(Files.readString(report)).contains(key).contains("**not allowed**");
    }

    @Test
    void anAdditiveChangePasses() throws Exception {
        List<Finding> findings = gate(spec -> Fixture.object(spec, WIDGET_SCHEMA + "/properties").putObject("size")
                .put("type", "integer"));

        assertThat(findings).isEmpty();
        assertThat(Files.readString(report)).contains("No incompatible changes.");
    }

    @Test
    void aRaisedMajorVersionAllowsBreakingChangesAndReportsThem() throws Exception {
        List<Finding> findings = gate(spec -> {
            Fixture.object(spec, WIDGET).remove("put");
            Fixture.object(spec, "/info").put("version", "2.0.0");
        });

        assertThat(findings).isEmpty();
        assertThat(Files.readString(report)).contains("released under a new major version")
                .contains("PUT /widgets/{widgetId}: operation removed");
    }

    @Test
    void anAllowedChangeWithAReasonPasses() throws Exception {
        Files.writeString(allowFile, """
                - change: "PUT /widgets/{widgetId}: operation removed"
                  reason: Nobody ever called it.
                """);

        assertThat(gate(spec -> Fixture.object(spec, WIDGET).remove("put"))).isEmpty();
        assertThat(Files.readString(report)).contains("(allowed: Nobody ever called it.)");
    }

    @Test
    void anAllowedChangeIsFoundUnderTheNameTheBuildPrints() throws Exception {
        Files.writeString(allowFile, """
                - change: "PUT /widgets/{widgetId}: request body field label: maxLength (null -> 8)"
                  reason: Pasted from the build's output.
                """);

        assertThat(gate(spec -> Fixture.object(spec, "/components/schemas/WidgetUpdate/properties/label").put("maxLength", 8)))
                .isEmpty();
        assertThat(Files.readString(report)).contains("(allowed: Pasted from the build's output.)");
    }

    @Test
    void theReportStartsWithOneLinePerChangedOperation() throws Exception {
        gate(spec -> Fixture.object(spec, "/components/schemas/WidgetUpdate/properties/label").put("maxLength", 8));

        assertThat(Files.readString(report)).startsWith("# Spec changes against baseline.yml\n\n## Summary\n\n"
                + "- changed: `PUT /widgets/{widgetId}`, 1 incompatible\n\n");
    }

    @Test
    void anAllowedChangeWithoutAReasonIsAProblem() throws Exception {
        Files.writeString(allowFile, """
                - change: "PUT /widgets/{widgetId}: operation removed"
                """);

        assertThat(gate(spec -> Fixture.object(spec, WIDGET).remove("put")))
                .anySatisfy(finding -> assertThat(finding).hasToString(allowFile + ": /0: every entry needs a change and a reason"));
    }

    @Test
    void anAllowedChangeThatNoLongerHappensIsAProblem() throws Exception {
        Files.writeString(allowFile, """
                - change: "PUT /widgets/{widgetId}: operation removed"
                  reason: Nobody ever called it.
                """);

        assertThat(gate(spec -> { })).singleElement().extracting(Finding::message).asString()
                .contains("no longer happens");
    }

    @Test
    void majorNumberIsReadFromSemanticAndPrefixedVersions() {
        assertThat(BreakingChangeGate.major("1.1.0")).isEqualTo(1);
        assertThat(BreakingChangeGate.major("v1")).isEqualTo(1);
        assertThat(BreakingChangeGate.major("2")).isEqualTo(2);
        assertThat(BreakingChangeGate.major("latest")).isZero();
    }

    private List<Finding> gate(Consumer<ObjectNode> change) throws Exception {
        ObjectNode spec = Fixture.minimal();
        change.accept(spec);
        SpecDocument current = SpecDocument.read(Fixture.write(dir.resolve("spec.yml"), spec));
        return BreakingChangeGate.check(current, baseline, AllowedChanges.read(allowFile), report);
    }

    private static Arguments change(String kind, Consumer<ObjectNode> change, String pointer, String key) {
        return Arguments.of(kind, change, pointer, key);
    }
}
