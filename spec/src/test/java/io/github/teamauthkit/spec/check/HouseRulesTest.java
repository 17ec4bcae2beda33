package io.github.teamauthkit.spec.check;

import static io.github.teamauthkit.spec.check.Fixture.GET;
import static io.github.teamauthkit.spec.check.Fixture.ME;
import static io.github.teamauthkit.spec.check.Fixture.PUT;
import static io.github.teamauthkit.spec.check.Fixture.WIDGET;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each house rule, broken alone, is reported at the pointer of the node that breaks it. */
class HouseRulesTest {

    @TempDir
    Path dir;

    @Test
    void theFixtureFollowsEveryRule() throws Exception {
        assertThat(HouseRules.check(SpecDocument.read(Fixture.write(dir.resolve("spec.yml"), Fixture.minimal())))).isEmpty();
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                rule("no operationId", spec -> Fixture.object(spec, GET).remove("operationId"), GET, "operationId"),
                rule("no summary", spec -> Fixture.object(spec, PUT).remove("summary"), PUT, "summary"),
                rule("no tag", spec -> Fixture.object(spec, GET).remove("tags"), GET, "tag"),
                rule("no security", spec -> Fixture.object(spec, PUT).remove("security"), PUT, "security"),
                rule("no error response", spec -> Fixture.object(spec, GET + "/responses").remove("401"),
                        GET + "/responses", "error responses"),
                rule("no default response", spec -> Fixture.object(spec, GET + "/responses").remove("default"),
                        GET + "/responses", "default"),
                rule("default without Error body", spec -> Fixture.object(spec, PUT + "/responses")
                        .set("default", spec.at(PUT + "/responses/200")), PUT + "/responses/default", "#/components/schemas/Error"),
                rule("secured without 401", spec -> {
                    ObjectNode responses = Fixture.object(spec, GET + "/responses");
                    responses.set("404", responses.remove("401"));
                }, GET + "/responses", "401"),
                rule("error without Error body", spec -> Fixture.object(spec, PUT + "/responses")
                        .set("409", spec.at(PUT + "/responses/200")), PUT + "/responses/409", "#/components/schemas/Error"),
                rule("undeclared path parameter", spec -> Fixture.array(spec, WIDGET + "/parameters").removeAll(),
                        GET, "{widgetId} is not declared"),
                rule("parameter not in the path", spec -> Fixture.object(spec, WIDGET + "/parameters/0").put("name", "id"),
                        PUT, "id is declared but not in the path"),
                rule("no access rule", spec -> Fixture.object(spec, GET).remove("x-access"), GET, "x-access.role"),
                rule("unknown role", spec -> Fixture.object(spec, PUT + "/x-access").put("role", "owner"),
                        PUT + "/x-access", "x-access.role"),
                rule("team not a path parameter", spec -> Fixture.object(spec, PUT + "/x-access").put("team", "teamId"),
                        PUT + "/x-access", "x-access.team"),
                rule("self not a path parameter", spec -> Fixture.object(spec, PUT + "/x-access").put("self", "userId"),
                        PUT + "/x-access", "x-access.self"),
                rule("no SDK method name", spec -> Fixture.object(spec, GET).remove("x-sdk"), GET, "x-sdk.method"),
                rule("team operation without SDK resource", spec -> Fixture.object(spec, PUT + "/x-sdk").remove("resource"),
                        PUT + "/x-sdk", "x-sdk.resource"),
                rule("SDK resource outside a team", spec -> Fixture.object(spec, GET + "/x-sdk").put("resource", "widgets"),
                        GET + "/x-sdk", "x-sdk.resource is for operations of a team"),
                rule("paged list without a cursor parameter", spec -> Fixture.object(spec, GET + "/x-sdk").put("pageOf", "Widget"),
                        GET + "/parameters", "after"),
                rule("paged list with a body", spec -> Fixture.object(spec, PUT + "/x-sdk").put("pageOf", "Widget"),
                        PUT, "no body"),
                rule("paged list answering no page", spec -> {
                    Fixture.object(spec, GET + "/x-sdk").put("pageOf", "Widget");
                    Fixture.object(spec, GET).putArray("parameters").addObject().put("in", "query").put("name", "after")
                            .putObject("schema").put("type", "string");
                }, GET + "/responses/200", "hasMore"),
                rule("no operation learns the key's team", spec -> Fixture.object(spec, ME + "/x-sdk").remove("keysTeam"),
                        "/paths", "x-sdk.keysTeam"),
                rule("the key's team learnt twice", spec -> Fixture.object(spec, PUT + "/x-sdk").put("keysTeam", "/team/id"),
                        PUT + "/x-sdk", "marks one operation, not 2"),
                rule("the key's team learnt from a call with parameters", spec -> {
                    Fixture.object(spec, ME + "/x-sdk").remove("keysTeam");
                    Fixture.object(spec, GET + "/x-sdk").put("keysTeam", "/team/id");
                }, GET + "/x-sdk", "outside a team, without parameters"),
                rule("the key's team at no pointer", spec -> Fixture.object(spec, ME + "/x-sdk").put("keysTeam", "team.id"),
                        ME + "/x-sdk", "JSON pointer"),
                rule("schema without example", spec -> Fixture.object(spec, "/components/schemas/WidgetUpdate").remove("example"),
                        "/components/schemas/WidgetUpdate", "example"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void aBrokenRuleIsReportedAtItsPointer(String rule, Consumer<ObjectNode> breakIt, String pointer, String message)
            throws Exception {
        ObjectNode spec = Fixture.minimal();
        breakIt.accept(spec);

        List<Finding> findings = HouseRules.check(SpecDocument.read(Fixture.write(dir.resolve("spec.yml"), spec)));

        assertThat(findings).anySatisfy(finding -> {
            assertThat(finding.pointer()).isEqualTo(pointer);
            assertThat(finding.message()).contains(message);
        });
    }

    private static Arguments rule(String name, Consumer<ObjectNode> breakIt, String pointer, String message) {
        return Arguments.of(name, breakIt, pointer, message);
    }
}
