package io.github.teamauthkit.spec.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's rules for a spec that generates good code and can be tested honestly. Each finding
 * names the JSON pointer of the node that breaks a rule.
 */
final class HouseRules {

    static final String ERROR_SCHEMA = "#/components/schemas/Error";
    private static final List<String> ACCESS_ROLES = List.of("anyone", "member", "admin");
    private static final Pattern JAVA_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{([^}/]+)}");

    private HouseRules() {
    }

    static List<Finding> check(SpecDocument spec) {
        List<Finding> findings = new ArrayList<>();
        List<Operation> operations = Operation.all(spec);
        for (Operation operation : operations) {
            checkDescribed(spec, operation, findings);
            checkErrorResponses(spec, operation, findings);
            checkPathParameters(spec, operation, findings);
            checkAccessRule(spec, operation, findings);
            checkSdkName(spec, operation, findings);
            checkPaging(spec, operation, findings);
        }
        checkKeysTeam(spec, operations, findings);
        checkSchemaExamples(spec, findings);
        return findings;
    }

    /**
     * SDKs offer {@code client.<resource>()} for the key's own team, learnt from the one operation marked
     * {@code x-sdk.keysTeam} (a JSON pointer into its answer): called without arguments, outside a team.
     */
    private static void checkKeysTeam(SpecDocument spec, List<Operation> operations, List<Finding> findings) {
        List<Operation> marked = operations.stream().filter(operation -> operation.node().path("x-sdk").has("keysTeam")).toList();
        boolean teamOperations = operations.stream().anyMatch(operation -> operation.node().path("x-access").has("team"));
        if (teamOperations && marked.isEmpty()) {
            findings.add(spec.finding("/paths", "one operation needs x-sdk.keysTeam, the JSON pointer in its answer of the key's "
                    + "team id: SDKs offer client.<resource>() for that team"));
        }
        for (Operation operation : marked) {
            if (marked.size() > 1) {
                findings.add(spec.finding(operation.pointer() + "/x-sdk", "x-sdk.keysTeam marks one operation, not " + marked.size()));
            }
            if (!operation.node().path("x-sdk").path("keysTeam").asText("").startsWith("/")) {
                findings.add(spec.finding(operation.pointer() + "/x-sdk", "x-sdk.keysTeam is a JSON pointer into the answer, such as /team/id"));
            }
            if (operation.node().path("x-access").has("team") || !templateParameters(operation).isEmpty()
                    || operation.node().path("parameters").size() > 0 || operation.node().has("requestBody")) {
                findings.add(spec.finding(operation.pointer() + "/x-sdk",
                        "x-sdk.keysTeam is for an operation outside a team, without parameters or a body: SDKs call it to learn the team"));
            }
        }
    }

    private static void checkDescribed(SpecDocument spec, Operation operation, List<Finding> findings) {
        JsonNode node = operation.node();
        if (node.path("operationId").asText("").isBlank()) {
            findings.add(spec.finding(operation.pointer(), "every operation needs an operationId: it names the generated method"));
        }
        if (node.path("summary").asText("").isBlank()) {
            findings.add(spec.finding(operation.pointer(), "every operation needs a summary: it becomes the generated Javadoc"));
        }
        if (node.path("tags").isEmpty()) {
            findings.add(spec.finding(operation.pointer(), "every operation needs a tag: it names the generated API class"));
        }
        if (!node.path("security").isArray()) {
            findings.add(spec.finding(operation.pointer(),
                    "every operation needs its own security list: validators ignore the root-level one"));
        }
    }

    private static void checkErrorResponses(SpecDocument spec, Operation operation, List<Finding> findings) {
        String responsesPointer = operation.pointer() + "/responses";
        boolean anyError = false;
        for (Map.Entry<String, JsonNode> response : operation.node().path("responses").properties()) {
            if (!response.getKey().startsWith("4") && !response.getKey().startsWith("5") && !"default".equals(response.getKey())) {
                continue;
            }
            anyError |= !"default".equals(response.getKey());
            JsonNode schema = spec.resolve(response.getValue()).path("content").path("application/json").path("schema");
            if (!ERROR_SCHEMA.equals(schema.path("$ref").asText())) {
                findings.add(spec.finding(responsesPointer + "/" + response.getKey(),
                        "an error response must have an application/json body of " + ERROR_SCHEMA));
            }
        }
        if (!anyError) {
            findings.add(spec.finding(responsesPointer, "every operation needs documented error responses (4xx)"));
        }
        if (!operation.node().path("responses").has("default")) {
            findings.add(spec.finding(responsesPointer,
                    "every operation needs a default response with the Error body, as the official API declares"));
        }
        boolean secured = false;
        for (JsonNode requirement : operation.node().path("security")) {
            secured |= !requirement.isEmpty();
        }
        if (secured && !operation.node().path("responses").has("401")) {
            findings.add(spec.finding(responsesPointer, "an operation that takes credentials must document 401"));
        }
    }

    private static void checkPathParameters(SpecDocument spec, Operation operation, List<Finding> findings) {
        Set<String> inTemplate = templateParameters(operation);
        Set<String> declared = new LinkedHashSet<>();
        for (JsonNode parameters : List.of(operation.pathItem().path("parameters"), operation.node().path("parameters"))) {
            for (JsonNode parameter : parameters) {
                JsonNode resolved = spec.resolve(parameter);
                if ("path".equals(resolved.path("in").asText())) {
                    declared.add(resolved.path("name").asText());
                }
            }
        }
        for (String name : inTemplate) {
            if (!declared.contains(name)) {
                findings.add(spec.finding(operation.pointer(), "path parameter {" + name + "} is not declared"));
            }
        }
        for (String name : declared) {
            if (!inTemplate.contains(name)) {
                findings.add(spec.finding(operation.pointer(), "path parameter " + name + " is declared but not in the path"));
            }
        }
    }

    /**
     * Servers authorize by {@code x-access}, and deny an operation that has none: a spec without it
     * would build a server that refuses the operation, so the build refuses the spec instead.
     */
    private static void checkAccessRule(SpecDocument spec, Operation operation, List<Finding> findings) {
        JsonNode access = operation.node().path("x-access");
        String pointer = operation.pointer() + "/x-access";
        String role = access.path("role").asText("");
        if (!ACCESS_ROLES.contains(role)) {
            findings.add(spec.finding(access.isMissingNode() ? operation.pointer() : pointer,
                    "every operation needs x-access.role, one of " + ACCESS_ROLES + ": servers deny an operation without it"));
            return;
        }
        Set<String> pathParameters = templateParameters(operation);
        if (!"anyone".equals(role) && !pathParameters.contains(access.path("team").asText(""))) {
            findings.add(spec.finding(pointer, "x-access.team must name the path parameter that holds the team id"));
        }
        if (access.has("self") && !pathParameters.contains(access.path("self").asText(""))) {
            findings.add(spec.finding(pointer, "x-access.self must name a path parameter that holds a user id"));
        }
    }

    /**
     * SDKs name each call by {@code x-sdk}: {@code method}, and {@code resource} for an operation of a
     * team (whose team parameter then comes from the resource, so it must be the first path parameter).
     */
    private static void checkSdkName(SpecDocument spec, Operation operation, List<Finding> findings) {
        JsonNode sdk = operation.node().path("x-sdk");
        String pointer = sdk.isMissingNode() ? operation.pointer() : operation.pointer() + "/x-sdk";
        if (!JAVA_NAME.matcher(sdk.path("method").asText("")).matches()) {
            findings.add(spec.finding(pointer, "every operation needs x-sdk.method, a camelCase name: SDKs call it by that name"));
        }
        String team = operation.node().path("x-access").path("team").asText("");
        boolean hasResource = sdk.has("resource");
        if (!team.isEmpty() && !JAVA_NAME.matcher(sdk.path("resource").asText("")).matches()) {
            findings.add(spec.finding(pointer, "an operation of a team needs x-sdk.resource, a camelCase name: client.<resource>(teamId)"));
        }
        if (team.isEmpty() && hasResource) {
            findings.add(spec.finding(pointer, "x-sdk.resource is for operations of a team (x-access.team); others are called on the client"));
        }
        if (!team.isEmpty() && !templateParameters(operation).stream().findFirst().orElse("").equals(team)) {
            findings.add(spec.finding(operation.pointer() + "/x-access", "x-access.team must be the first parameter of the path"));
        }
    }

    /**
     * A list marked {@code x-sdk.pageOf} is walked by SDKs and the kit: they pass the previous page's
     * {@code nextPage} as the query parameter {@code after} and read {@code hasMore} and {@code items}.
     * Its only path parameter is the team: SDKs take the rest as one parameters object.
     */
    private static void checkPaging(SpecDocument spec, Operation operation, List<Finding> findings) {
        String item = operation.node().path("x-sdk").path("pageOf").asText("");
        if (item.isEmpty()) {
            return;
        }
        boolean hasAfter = false;
        for (JsonNode parameter : operation.node().path("parameters")) {
            JsonNode resolved = spec.resolve(parameter);
            hasAfter |= "query".equals(resolved.path("in").asText()) && "after".equals(resolved.path("name").asText());
        }
        if (!hasAfter) {
            findings.add(spec.finding(operation.pointer() + "/parameters", "a paged list needs the query parameter after (the cursor)"));
        }
        if (templateParameters(operation).size() != 1 || operation.node().has("requestBody")) {
            findings.add(spec.finding(operation.pointer(), "a paged list takes the team path parameter, query parameters and no body"));
        }
        JsonNode properties = spec.resolve(operation.node().path("responses").path("200").path("content").path("application/json")
                .path("schema")).path("properties");
        if (!properties.path("hasMore").path("type").asText().equals("boolean")
                || !properties.path("nextPage").path("type").asText().equals("string")
                || !properties.path("items").path("items").path("$ref").asText().equals("#/components/schemas/" + item)) {
            findings.add(spec.finding(operation.pointer() + "/responses/200",
                    "a paged list answers 200 with {hasMore: boolean, items: [x-sdk.pageOf], nextPage: string}"));
        }
    }

    private static Set<String> templateParameters(Operation operation) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = TEMPLATE_PARAMETER.matcher(operation.path());
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static void checkSchemaExamples(SpecDocument spec, List<Finding> findings) {
        for (Map.Entry<String, JsonNode> schema : spec.root().path("components").path("schemas").properties()) {
            if (!schema.getValue().has("example")) {
                findings.add(spec.finding("/components/schemas/" + SpecDocument.escape(schema.getKey()),
                        "every schema needs an example: readers of the generated Javadoc and mock servers use it"));
            }
        }
    }
}
