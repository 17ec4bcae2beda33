package io.github.teamauthkit.contract.server;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.github.teamauthkit.contract.ContractTarget;
import io.github.teamauthkit.contract.ContractTargetExtension;
import io.github.teamauthkit.contract.Requests;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's access rules for every team operation: no or bad key 401, another team's key 403,
 * a member 403 on admin operations. Requests are chosen so that a server that wrongly obeys them
 * changes nothing: the admin is "promoted" again, removals name a member who does not exist.
 */
@ExtendWith(ContractTargetExtension.class)
public class AuthorizationContractTest {

    private static String secret;
    private static String admin;

    @BeforeAll
    static void createSecret(ContractTarget target) {
        secret = Fixtures.uniqueSecretName();
        Fixtures.createSecret(target, secret, "authorization-test-value");
        admin = Fixtures.adminUserId(target);
    }

    @AfterAll
    static void deleteSecret(ContractTarget target) {
        Fixtures.deleteSecret(target, secret);
    }

    /** (name, method, path, body) of each team operation. */
    static Stream<Arguments> operations() {
        return Stream.of(
                Arguments.of("listTeamMembers", "GET", "/teams/{team}/users", null),
                Arguments.of("updateTeamMember", "PUT", "/teams/{team}/users/{admin}", "{\"isAdmin\":true}"),
                Arguments.of("removeTeamMember", "DELETE", "/teams/{team}/users/contract-kit-no-such-user", null),
                Arguments.of("listTeamSecrets", "GET", "/teams/{team}/secrets", null),
                Arguments.of("createTeamSecret", "POST", "/teams/{team}/secrets", "{\"name\":\"{secret}\",\"value\":\"v\"}"),
                Arguments.of("getTeamSecret", "GET", "/teams/{team}/secrets/{secret}", null),
                Arguments.of("updateTeamSecret", "PATCH", "/teams/{team}/secrets/{secret}", "{\"value\":\"v\"}"),
                Arguments.of("deleteTeamSecret", "DELETE", "/teams/{team}/secrets/CT_NO_SUCH_SECRET", null));
    }

    static Stream<Arguments> adminOperations() {
        return operations().filter(operation -> !"GET".equals(operation.get()[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void withoutAKeyIs401(String operation, String method, String path, String body, ContractTarget target) {
        // Without a key the request itself breaks the spec's security requirement: validate only the answer.
        send(Requests.invalidAs(target, null), method, path, body, target).then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void anUnknownKeyIs401(String operation, String method, String path, String body, ContractTarget target) {
        send(Requests.as(target, "contract-kit-unknown-key"), method, path, body, target)
                .then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void anotherTeamsKeyIs403(String operation, String method, String path, String body, ContractTarget target) {
        send(Requests.as(target, target.otherTeam()), method, path, body, target)
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminOperations")
    void aMemberIs403OnAdminOperations(String operation, String method, String path, String body, ContractTarget target) {
        send(Requests.as(target, target.member()), method, path, body, target)
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void aMemberMayRead(ContractTarget target) {
        given(Requests.as(target, target.member())).when().get("/teams/{id}/users", target.team()).then().statusCode(200);
        given(Requests.as(target, target.member())).when().get("/teams/{id}/secrets", target.team()).then().statusCode(200);
        given(Requests.as(target, target.member())).when().get("/teams/{id}/secrets/{name}", target.team(), secret)
                .then().statusCode(200).body("name", equalTo(secret));
    }

    private static Response send(RequestSpecification request, String method, String path, String body, ContractTarget target) {
        String resolved = path.replace("{team}", target.team()).replace("{admin}", admin).replace("{secret}", secret);
        return Fixtures.send(request, method, resolved, body == null ? null : body.replace("{secret}", secret));
    }
}
