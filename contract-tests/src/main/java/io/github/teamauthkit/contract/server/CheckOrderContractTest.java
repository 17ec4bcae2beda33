package io.github.teamauthkit.contract.server;

import static org.hamcrest.Matchers.equalTo;

import io.github.teamauthkit.contract.ContractTarget;
import io.github.teamauthkit.contract.ContractTargetExtension;
import io.github.teamauthkit.contract.Requests;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The order of checks every implementation must keep (the README's rules): authentication, then access, then
 * validation, then existence, so that a caller who may not do something learns nothing from validation errors or
 * from whether a thing exists. Each request here is wrong in two ways at once, and must be answered for the earlier
 * one. (Where the path rules' 404, 405 and 415 fall relative to authentication is each server's choice, and not
 * checked.)
 */
@ExtendWith(ContractTargetExtension.class)
public class CheckOrderContractTest {

    private static final String UNKNOWN_SECRET = "CT_NO_SUCH_SECRET";
    private static final String UNKNOWN_USER = "contract-kit-no-such-user";

    /** (label, method, path, body) of requests that are invalid, or name something that does not exist, or both. */
    static Stream<Arguments> doublyWrong() {
        return Stream.of(
                Arguments.of("create with an invalid body", "POST", "/teams/{team}/secrets", "{\"name\":\"9bad\",\"value\":\"\"}"),
                Arguments.of("invalid update of an unknown secret", "PATCH", "/teams/{team}/secrets/" + UNKNOWN_SECRET, "{\"value\":\"\"}"),
                Arguments.of("update of an unknown secret", "PATCH", "/teams/{team}/secrets/" + UNKNOWN_SECRET, "{\"value\":\"v\"}"),
                Arguments.of("read of an unknown secret", "GET", "/teams/{team}/secrets/" + UNKNOWN_SECRET, null),
                Arguments.of("delete of an unknown secret", "DELETE", "/teams/{team}/secrets/" + UNKNOWN_SECRET, null),
                Arguments.of("set-admin with an invalid body", "PUT", "/teams/{team}/users/{admin}", "{\"isAdmin\":\"yes\"}"),
                Arguments.of("set-admin of an unknown member", "PUT", "/teams/{team}/users/" + UNKNOWN_USER, "{\"isAdmin\":true}"),
                Arguments.of("removal of an unknown member", "DELETE", "/teams/{team}/users/" + UNKNOWN_USER, null));
    }

    /** The admin-only ones: a member may read a secret, so a member's unknown read is a 404 it may learn. */
    static Stream<Arguments> doublyWrongAdminOnly() {
        return doublyWrong().filter(arguments -> !"GET".equals(arguments.get()[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("doublyWrong")
    void authenticationComesFirst(String label, String method, String path, String body, ContractTarget target) {
        send(Requests.invalidAs(target, null), method, path, body, target).then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
        if ("POST".equals(method)) {
            // Every refused key counts toward the server's 429 limit (20 a minute on the reference server): one shows
            // that an unknown key, too, is refused before the body is judged.
            send(Requests.invalidAs(target, "contract-kit-unknown-key"), method, path, body, target)
                    .then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("doublyWrong")
    void anotherTeamLearnsNothingButForbidden(String label, String method, String path, String body, ContractTarget target) {
        send(Requests.invalidAs(target, target.otherTeam()), method, path, body, target)
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("doublyWrongAdminOnly")
    void aMemberLearnsNothingButForbiddenFromAdminOperations(String label, String method, String path, String body,
            ContractTarget target) {
        send(Requests.invalidAs(target, target.member()), method, path, body, target)
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    /** Validation before existence: an invalid change to something that does not exist is a 400. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidChangesToWhatDoesNotExist")
    void validationComesBeforeExistence(String label, String method, String path, String body, ContractTarget target) {
        send(Requests.invalidAs(target, target.admin()), method, path, body, target)
                .then().statusCode(400).body("code", equalTo("BAD_REQUEST"));
    }

    static Stream<Arguments> invalidChangesToWhatDoesNotExist() {
        return Stream.of(
                Arguments.of("invalid update of an unknown secret", "PATCH", "/teams/{team}/secrets/" + UNKNOWN_SECRET, "{\"value\":\"\"}"),
                Arguments.of("invalid set-admin of an unknown member", "PUT", "/teams/{team}/users/" + UNKNOWN_USER, "{\"isAdmin\":\"yes\"}"));
    }

    private static Response send(RequestSpecification request, String method, String path, String body, ContractTarget target) {
        return Fixtures.send(request, method, path.replace("{team}", target.team()).replace("{admin}", Fixtures.adminUserId(target)),
                body);
    }
}
