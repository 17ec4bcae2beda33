package io.github.teamauthkit.contract.server;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.teamauthkit.contract.ContractTarget;
import io.github.teamauthkit.contract.ContractTargetExtension;
import io.github.teamauthkit.contract.RawHttp;
import io.github.teamauthkit.contract.Requests;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Paths with more than one reading must not get past the access rules: matrix parameters,
 * percent-encoded {@code / ; .}, dot and empty segments, case, backslashes, overlong segments, a
 * 64 KiB target and absolute-form request targets, on every team operation, the team spelled by its id
 * and by its namespace. Sent without a key, with another team's
 * key, or with a member's key to admin operations, none may succeed, nor reach the operation (a
 * 409), nor fail with 5xx; with the admin's key none may fail with 5xx. Then nothing has changed:
 * the secret the suite owns is still there, the one it tried to plant is not.
 */
@ExtendWith(ContractTargetExtension.class)
public class RequestTargetContractTest {

    private static final int OVERLONG = 5_000;
    private static final int LONG_TARGET = 64 * 1024;

    private static String secret;
    private static String planted;
    private static String createdByAdmin;
    private static String admin;
    private static String namespace;

    @BeforeAll
    static void createSecret(ContractTarget target) {
        secret = Fixtures.uniqueSecretName();
        planted = Fixtures.uniqueSecretName();
        createdByAdmin = Fixtures.uniqueSecretName();
        Fixtures.createSecret(target, secret, "request-target-test-value");
        admin = Fixtures.adminUserId(target);
        String spelled = given(Requests.as(target, target.admin())).when().get("/auth/session").then().statusCode(200)
                .extract().path("team.namespace");
        namespace = spelled == null ? target.team() : spelled;
    }

    @AfterAll
    static void deleteSecrets(ContractTarget target) {
        Fixtures.deleteSecret(target, secret);
        Fixtures.deleteSecret(target, planted);
        Fixtures.deleteSecret(target, createdByAdmin);
    }

    /** A team operation, written so that a server obeying a request it should refuse changes nothing lasting. */
    private record Operation(String name, String method, String path, String body, boolean adminOnly) {
    }

    /**
     * The team operations, with the team spelled by its id and by its namespace (which addresses it too); a create
     * names {@code newSecret}, which the admin may create and others must not.
     */
    private static List<Operation> operations(ContractTarget target, String newSecret) {
        List<Operation> operations = new ArrayList<>(operations(target.team(), newSecret, ""));
        if (!namespace.equals(target.team())) {
            operations.addAll(operations(namespace, newSecret, " by namespace"));
        }
        return operations;
    }

    private static List<Operation> operations(String teamSpelling, String newSecret, String suffix) {
        String team = "/teams/" + teamSpelling;
        return List.of(
                new Operation("listTeamMembers" + suffix, "GET", team + "/users", null, false),
                new Operation("updateTeamMember" + suffix, "PUT", team + "/users/" + admin, "{\"isAdmin\":true}", true),
                new Operation("removeTeamMember" + suffix, "DELETE", team + "/users/contract-kit-no-such-user", null, true),
                new Operation("listTeamSecrets" + suffix, "GET", team + "/secrets", null, false),
                new Operation("createTeamSecret" + suffix, "POST", team + "/secrets", "{\"name\":\"" + newSecret + "\",\"value\":\"v\"}", true),
                new Operation("getTeamSecret" + suffix, "GET", team + "/secrets/" + secret, null, false),
                new Operation("updateTeamSecret" + suffix, "PATCH", team + "/secrets/" + secret, "{\"value\":\"v\"}", true),
                new Operation("deleteTeamSecret" + suffix, "DELETE", team + "/secrets/" + secret, null, true));
    }

    @TestFactory
    Stream<DynamicTest> withoutAKeyNothingGetsThrough(ContractTarget target) {
        return operations(target, planted).stream().map(op -> DynamicTest.dynamicTest(op.name(),
                () -> expectRefused(target, op, null)));
    }

    @TestFactory
    Stream<DynamicTest> anotherTeamsKeyGetsNothingThrough(ContractTarget target) {
        String key = target.otherTeam();
        return operations(target, planted).stream().map(op -> DynamicTest.dynamicTest(op.name(),
                () -> expectRefused(target, op, key)));
    }

    @TestFactory
    Stream<DynamicTest> aMemberGetsNoAdminOperationThrough(ContractTarget target) {
        String key = target.member();
        return operations(target, planted).stream().filter(Operation::adminOnly).map(op -> DynamicTest.dynamicTest(op.name(),
                () -> expectRefused(target, op, key)));
    }

    @TestFactory
    Stream<DynamicTest> theAdminNeverCausesAServerError(ContractTarget target) {
        String key = target.admin();
        return operations(target, createdByAdmin).stream().filter(op -> !op.name().startsWith("delete")).map(op -> DynamicTest.dynamicTest(
                op.name(), () -> expect(target, op, key, status -> status < 500, "a 4xx or a success, never 5xx")));
    }

    private static void expectRefused(ContractTarget target, Operation operation, String key) throws IOException {
        expect(target, operation, key, status -> status >= 400 && status < 500 && status != 409,
                "refused with a 4xx before the operation runs (not 2xx, not 409, not 5xx)");
        given(Requests.as(target, target.admin())).when().get("/teams/{id}/secrets/{name}", target.team(), secret)
                .then().statusCode(200);
        given(Requests.as(target, target.admin())).when().get("/teams/{id}/secrets/{name}", target.team(), planted)
                .then().statusCode(404);
    }

    private static void expect(ContractTarget target, Operation operation, String key, IntPredicate acceptable, String rule)
            throws IOException {
        RawHttp http = new RawHttp(target.baseUrl());
        String base = URI.create(target.baseUrl()).getRawPath();
        List<String> wrong = new ArrayList<>();
        for (String[] variant : variants(base, operation.path(), http.origin())) {
            OptionalInt status = http.status(operation.method(), variant[1], key == null ? null : "Bearer " + key, operation.body());
            if (status.isEmpty()) {
                // A dropped connection or an answer that is not HTTP is no refusal: the client cannot tell it from an outage.
                wrong.add(variant[0] + ": " + operation.method() + " " + abbreviate(variant[1]) + " got no HTTP answer");
            } else if (!acceptable.test(status.getAsInt())) {
                wrong.add(variant[0] + ": " + operation.method() + " " + abbreviate(variant[1]) + " answered " + status.getAsInt());
            }
        }
        assertEquals(List.of(), wrong, operation.name() + " " + (key == null ? "without a key" : "with a key") + " (" + rule + ")");
    }

    /** (label, request target) pairs: the operation's path spelled every ambiguous way. */
    static List<String[]> variants(String base, String path, String origin) {
        List<String> s = Arrays.asList(path.substring(1).split("/"));
        int last = s.size() - 1;
        List<String[]> variants = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            variants.add(pair("matrix parameter on segment " + i, base + join(replace(s, i, s.get(i) + ";x"))));
        }
        variants.add(pair("empty matrix parameter", base + join(replace(s, 0, s.get(0) + ";"))));
        variants.add(pair("encoded ';'", base + join(replace(s, 0, s.get(0) + "%3Bx"))));
        variants.add(pair("encoded '/' between segments", base + "/" + s.get(0) + "%2F" + join(s.subList(1, s.size())).substring(1)));
        variants.add(pair("encoded '/' in the team id", base + join(replace(s, 1, s.get(1) + "%2Fx"))));
        variants.add(pair("dot-dot segment", base + join(insert(s, last, "x", ".."))));
        variants.add(pair("dot segment", base + join(insert(s, 1, "."))));
        variants.add(pair("encoded dot-dot segment", base + join(insert(s, last, "x", "%2E%2E"))));
        variants.add(pair("empty segment", base + "/" + join(s)));
        variants.add(pair("trailing slash", base + join(s) + "/"));
        variants.add(pair("upper case", base + join(replace(s, 0, s.get(0).toUpperCase(Locale.ROOT)))));
        variants.add(pair("percent-encoded letter", base + join(replace(s, 0, "%" + Integer.toHexString(s.get(0).charAt(0))
                + s.get(0).substring(1)))));
        variants.add(pair("backslash", base + "/" + s.get(0) + "\\" + join(s.subList(1, s.size())).substring(1)));
        variants.add(pair("upper-case team", base + join(replace(s, 1, s.get(1).toUpperCase(Locale.ROOT)))));
        variants.add(pair("team with a matrix parameter", base + join(replace(s, 1, s.get(1) + ";" + s.get(1)))));
        variants.add(pair("overlong segment", base + join(replace(s, last, s.get(last) + "A".repeat(OVERLONG)))));
        // Path matching that costs the square of a path's length stalls on this: it must be refused, and quickly.
        variants.add(pair("64 KiB target", base + join(s) + "/a".repeat(LONG_TARGET / 2)));
        variants.add(pair("absolute-form", origin + base + path));
        variants.add(pair("absolute-form with a matrix parameter", origin + base + join(replace(s, 0, s.get(0) + ";x"))));
        return variants;
    }

    private static String[] pair(String label, String target) {
        return new String[] {label, target};
    }

    private static String join(List<String> segments) {
        return "/" + String.join("/", segments);
    }

    private static List<String> replace(List<String> segments, int index, String segment) {
        List<String> copy = new ArrayList<>(segments);
        copy.set(index, segment);
        return copy;
    }

    private static List<String> insert(List<String> segments, int index, String... inserted) {
        List<String> copy = new ArrayList<>(segments);
        copy.addAll(index, List.of(inserted));
        return copy;
    }

    private static String abbreviate(String target) {
        return target.length() <= 120 ? target : target.substring(0, 100) + "…(" + target.length() + " characters)";
    }
}
