package io.github.teamauthkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.teamauthkit.spec.TeamAuthSpec;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * The kit's README lists every demand with its source and its checks: every check is listed, every check listed
 * exists, and every spec location it cites (a JSON pointer) is in the spec.
 */
class RulesTableTest {

    private static final Path TABLE = Path.of("README.md");
    private static final Pattern POINTER = Pattern.compile("`#(/[^`]+)`");

    @Test
    void everyCheckIsListedWithItsSourceAndEveryListedCheckExists() throws Exception {
        List<String> listed = List.copyOf(RulesTable.parse(Files.readString(TABLE)).checks());
        List<String> checks = ReflectionSupport.findAllClassesInPackage("io.github.teamauthkit.contract.server",
                        type -> type.getSimpleName().endsWith("ContractTest"), name -> true).stream()
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()).filter(RulesTableTest::isCheck)
                        .map(method -> type.getSimpleName() + "#" + method.getName()))
                .toList();
        assertThat(checks).as("checks of the kit").hasSizeGreaterThan(40);
        assertThat(RulesTable.packed().checks()).as("the table the jar carries").containsExactlyInAnyOrderElementsOf(checks);
        assertThat(listed).as("checks listed in %s", TABLE.toAbsolutePath()).containsExactlyInAnyOrderElementsOf(checks);
    }

    /**
     * A rule no broken server is caught by could be lost (its check made to always pass) without a test noticing: each
     * row names at least one check that BrokenImplementationsAreCaughtTest catches a broken server with.
     */
    @Test
    void everyRowHasACheckThatABrokenServerIsCaughtBy() {
        RulesTable table = RulesTable.packed();
        Set<String> catching = BrokenImplementationsAreCaughtTest.checksThatCatchABrokenServer();
        Map<String, List<String>> checksByRule = table.checks().stream()
                .collect(Collectors.groupingBy(check -> table.ruleOf(check).orElseThrow(), LinkedHashMap::new, Collectors.toList()));

        assertThat(checksByRule).as("rules of the kit").hasSizeGreaterThan(20);
        assertThat(checksByRule.entrySet()).as("rows none of whose checks catches a broken server")
                .filteredOn(row -> row.getValue().stream().noneMatch(catching::contains)).isEmpty();
    }

    @Test
    void everySpecLocationItCitesIsInTheSpec() throws Exception {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(TeamAuthSpec.text());
        List<String> cited = new ArrayList<>();
        for (Matcher pointer = POINTER.matcher(Files.readString(TABLE)); pointer.find(); ) {
            cited.add(pointer.group(1));
        }
        assertThat(cited).as("spec locations cited").hasSizeGreaterThan(20);
        assertThat(cited).as("cited spec locations that are not in the spec")
                .filteredOn(pointer -> spec.at(JsonPointer.compile(pointer)).isMissingNode()).isEmpty();
    }

    private static boolean isCheck(Method method) {
        return method.isAnnotationPresent(Test.class) || method.isAnnotationPresent(ParameterizedTest.class)
                || method.isAnnotationPresent(TestFactory.class);
    }
}
