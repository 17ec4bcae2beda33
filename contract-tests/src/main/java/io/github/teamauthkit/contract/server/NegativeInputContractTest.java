package io.github.teamauthkit.contract.server;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.github.teamauthkit.contract.ContractTarget;
import io.github.teamauthkit.contract.ContractTargetExtension;
import io.github.teamauthkit.contract.Requests;
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
    void anInvalidSecretIs400(String description, String body, ContractTarget target) {
        given(Requests.invalidAs(target, target.admin())).contentType("application/json").body(body)
                .when().post("/teams/{id}/secrets", target.team())
                .then().statusCode(400).body("code", equalTo("BAD_REQUEST"));
        assertThat("the team's secrets", Fixtures.secretNames(target), not(hasItem(NAME)));
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

    /** (operation, method, path) of every operation that takes a body. */
    static Stream<Arguments> operationsWithBodies() {
        return Stream.of(
                Arguments.of("createTeamSecret", "POST", "/teams/{team}/secrets"),
                Arguments.of("updateTeamSecret", "PATCH", "/teams/{team}/secrets/{secret}"),
                Arguments.of("updateTeamMember", "PUT", "/teams/{team}/users/{admin}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operationsWithBodies")
    void aBodyOver64KiBIs413(String operation, String method, String path, ContractTarget target) {
        given(Requests.invalidAs(target, target.admin())).contentType("application/json")
                .body("{\"name\":\"" + NAME + "\",\"value\":\"" + "v".repeat(70_000) + "\",\"isAdmin\":true}")
                .when().request(method, resolve(path, target))
                .then().statusCode(413).body("code", equalTo("PAYLOAD_TOO_LARGE"));
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
