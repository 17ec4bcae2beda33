package io.github.teamauthkit.contract.server;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.teamauthkit.contract.ContractTarget;
import io.github.teamauthkit.contract.ContractTargetExtension;
import io.github.teamauthkit.contract.NotApplicable;
import io.github.teamauthkit.contract.Requests;
import io.restassured.response.Response;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Input that breaks the spec is refused with its documented 4xx and an Error body, and nothing is stored. */
@ExtendWith(ContractTargetExtension.class)
public class NegativeInputContractTest {

    private static final String NAME = "CT_NEGATIVE_PROBE";
    /** The names other checks create ({@link Fixtures#uniqueSecretName()}), should they run at the same time. */
    private static final Pattern OTHER_CHECKS_SECRET = Pattern.compile("CT_[A-Z0-9]{12}");
    private static String existing;

    @BeforeAll
    static void createSecret(ContractTarget target) {
        existing = Fixtures.uniqueSecretName();
        Fixtures.createSecret(target, existing, "negative-input-test");
    }

    @AfterAll
    static void deleteSecret(ContractTarget target) {
        Fixtures.deleteSecret(target, existing);
    }

    static Stream<Arguments> invalidSecrets() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\"name\":\"" + NAME + "\","),
                Arguments.of("not an object", "[\"" + NAME + "\"]"),
                Arguments.of("name missing", "{\"value\":\"v\"}"),
                Arguments.of("value missing", "{\"name\":\"" + NAME + "\"}"),
                Arguments.of("name of the wrong type", "{\"name\":12,\"value\":\"v\"}"),
                Arguments.of("value of the wrong type", "{\"name\":\"" + NAME + "\",\"value\":[1]}"),
                Arguments.of("name starting with a digit", "{\"name\":\"9" + NAME + "\",\"value\":\"v\"}"),
                Arguments.of("name with a hyphen", "{\"name\":\"" + NAME + "-X\",\"value\":\"v\"}"),
                Arguments.of("empty name", "{\"name\":\"\",\"value\":\"v\"}"),
                Arguments.of("name of 129 characters", "{\"name\":\"C" + "T".repeat(128) + "\",\"value\":\"v\"}"),
                Arguments.of("empty value", "{\"name\":\"" + NAME + "\",\"value\":\"\"}"),
                Arguments.of("value of 8193 characters", "{\"name\":\"" + NAME + "\",\"value\":\"" + "v".repeat(8193) + "\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSecrets")
    void anInvalidSecretIs400AndNothingIsStored(String description, String body, ContractTarget target) {
        Set<String> before = Set.copyOf(Fixtures.secretNames(target));
        given(Requests.invalidAs(target, target.admin())).contentType("application/json").body(body)
                .when().post("/teams/{id}/secrets", target.team())
                .then().statusCode(400).body("code", equalTo("BAD_REQUEST"));
        // Any new name, not only the one sent: a server may store what it refused under a name it made valid.
        List<String> stored = Fixtures.secretNames(target).stream().filter(name -> !before.contains(name))
                .filter(name -> !OTHER_CHECKS_SECRET.matcher(name).matches()).toList();
        assertEquals(List.of(), stored, "secrets stored by a refused create");
    }

    @Test
    void anInvalidNewValueIs400(ContractTarget target) {
        given(Requests.invalidAs(target, target.admin())).contentType("application/json").body("{\"value\":\"\"}")
                .when().patch("/teams/{id}/secrets/{name}", target.team(), existing)
                .then().statusCode(400).body("code", equalTo("BAD_REQUEST"));
        given(Requests.invalidAs(target, target.admin())).contentType("application/json").body("{\"value\":7}")
                .when().patch("/teams/{id}/secrets/{name}", target.team(), existing)
                .then().statusCode(400).body("code", equalTo("BAD_REQUEST"));
    }

    @Test
    void anInvalidSecretNameInThePathIs400(ContractTarget target) {
        given(Requests.invalidAs(target, target.admin())).when().get("/teams/{id}/secrets/{name}", target.team(), "9starts_with_digit")
                .then().statusCode(400).body("code", equalTo("BAD_REQUEST"));
        given(Requests.invalidAs(target, target.admin())).when().delete("/teams/{id}/secrets/{name}", target.team(), "9starts_with_digit")
                .then().statusCode(400).body("code", equalTo("BAD_REQUEST"));
    }

    @Test
    void anAdminFlagOfTheWrongTypeIs400(ContractTarget target) {
        given(Requests.invalidAs(target, target.admin())).contentType("application/json").body("{\"isAdmin\":\"yes\"}")
                .when().put("/teams/{id}/users/{user}", target.team(), Fixtures.adminUserId(target))
                .then().statusCode(400).body("code", equalTo("BAD_REQUEST"));
    }

    /**
     * Stand for a secret value: letters only, digits only, and both with an underscore, since a parser reports a token
     * whole, or cut at the first character it does not take. A server must send back no part of a body it refused.
     */
    private static final List<String> ECHO_PROBES = List.of("hfCtEchoProbeQzx", "7391824650739182", "hf_CtEchoProbe7Q2x");
    /** The shortest part of a probe that counts as echoed. */
    private static final int ECHOED = 6;

    /** (kind, the text in place of a property's value, with %s for the probe) for JSON no operation can read. */
    static Stream<Arguments> malformedValues() {
        return Stream.of(
                Arguments.of("unquoted token", "%s"),
                Arguments.of("token starting like a boolean", "true%s"),
                Arguments.of("token starting like a number", "1%s"),
                Arguments.of("unterminated string", "\"%s"),
                Arguments.of("invalid escape", "\"%s\\q\""),
                Arguments.of("control character in a string", "\"%s\u0001\""),
                Arguments.of("single quotes", "'%s'"),
                Arguments.of("object for a scalar", "{\"v\":\"%s\"}"),
                Arguments.of("array for a scalar", "[\"%s\"]"),
                Arguments.of("content after the body", "true}, \"%s\""));
    }

    /** Each operation with a body, each kind of malformed value, the probes taken in turn so that each kind meets each. */
    static Stream<Arguments> malformedBodies() {
        List<Arguments> operations = operationsWithBodies().toList();
        List<Arguments> values = malformedValues().toList();
        Stream<Arguments> everyOperation = IntStream.range(0, operations.size() * values.size()).mapToObj(i -> {
            Object[] operation = operations.get(i / values.size()).get();
            Object[] value = values.get(i % values.size()).get();
            String name = (String) operation[0];
            String property = name.equals("createTeamSecret") ? "\"name\":\"" + NAME + "\",\"value\""
                    : name.equals("updateTeamSecret") ? "\"value\"" : "\"isAdmin\"";
            // A bare token of digits is a number, which a string property may take: bare tokens get a probe with letters.
            boolean bare = !((String) value[1]).contains("\"%s") && !((String) value[1]).contains("'%s");
            String probe = bare ? ECHO_PROBES.get(i % 2 == 0 ? 0 : 2) : ECHO_PROBES.get(i % ECHO_PROBES.size());
            return Arguments.of(name + ", " + value[0], operation[1], operation[2], "{" + property + ":"
                    + ((String) value[1]).formatted(probe) + "}", probe);
        });
        // Where a boolean goes, a string or a number is the wrong type, and parsers name the value they could not take.
        Stream<Arguments> booleanOnly = Stream.of(
                Arguments.of("updateTeamMember, string for a boolean", "PUT", "/teams/{team}/users/{admin}",
                        "{\"isAdmin\":\"" + ECHO_PROBES.get(0) + "\"}", ECHO_PROBES.get(0)),
                Arguments.of("updateTeamMember, number for a boolean", "PUT", "/teams/{team}/users/{admin}",
                        "{\"isAdmin\":" + ECHO_PROBES.get(1) + "}", ECHO_PROBES.get(1)));
        return Stream.concat(everyOperation, booleanOnly);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedBodies")
    void aMalformedBodyIs400AndNeverEchoed(String description, String method, String path, String body, String probe,
            ContractTarget target) {
        Response answer = given(Requests.invalidAs(target, target.admin())).contentType("application/json").body(body)
                .when().request(method, resolve(path, target));
        answer.then().statusCode(400).body("code", equalTo("BAD_REQUEST"));
        String answered = answer.getHeaders() + "\n" + answer.asString();
        List<String> echoed = IntStream.rangeClosed(0, probe.length() - ECHOED).mapToObj(at -> probe.substring(at, at + ECHOED))
                .filter(answered::contains).toList();
        assertEquals(List.of(), echoed, "parts of a value sent in the malformed body, in the answer to it");
    }

    /** (operation, method, path) of every operation that takes a body. */
    static Stream<Arguments> operationsWithBodies() {
        return Stream.of(
                Arguments.of("createTeamSecret", "POST", "/teams/{team}/secrets"),
                Arguments.of("updateTeamSecret", "PATCH", "/teams/{team}/secrets/{secret}"),
                Arguments.of("updateTeamMember", "PUT", "/teams/{team}/users/{admin}"));
    }

    /**
     * The spec leaves the body limit to each server (64 KiB on the reference server): a body of 70,000 bytes, whose
     * value is too long anyway, is refused as too large (413) or, by a server that takes such bodies, as invalid (400).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("operationsWithBodies")
    void aBodyOverTheServersLimitIs413(String operation, String method, String path, ContractTarget target) {
        Response answer = given(Requests.invalidAs(target, target.admin())).contentType("application/json")
                .body("{\"name\":\"" + NAME + "\",\"value\":\"" + "v".repeat(70_000) + "\",\"isAdmin\":true}")
                .when().request(method, resolve(path, target));
        answer.then().statusCode(anyOf(is(413), is(400)));
        if (answer.statusCode() == 400) {
            answer.then().body("code", equalTo("BAD_REQUEST"));
            NotApplicable.unless(target, false, "the server takes bodies of 70,000 bytes (the spec leaves the limit to each "
                    + "server) and refused this one as invalid", operation + " 413");
        }
        answer.then().body("code", equalTo("PAYLOAD_TOO_LARGE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operationsWithBodies")
    void aBodyThatIsNotJsonIs415(String operation, String method, String path, ContractTarget target) {
        given(Requests.invalidAs(target, target.admin())).contentType("text/plain").body(NAME + "=v")
                .when().request(method, resolve(path, target))
                .then().statusCode(415).body("code", equalTo("BAD_REQUEST"));
    }

    private static String resolve(String path, ContractTarget target) {
        return path.replace("{team}", target.team()).replace("{secret}", existing)
                .replace("{admin}", Fixtures.adminUserId(target));
    }
}
