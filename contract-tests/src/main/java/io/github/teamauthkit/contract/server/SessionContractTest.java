package io.github.teamauthkit.contract.server;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.github.teamauthkit.contract.ContractTarget;
import io.github.teamauthkit.contract.ContractTargetExtension;
import io.github.teamauthkit.contract.Requests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code GET /auth/session}: null without credentials, the key's user and team with one, 401 for a bad key. */
@ExtendWith(ContractTargetExtension.class)
public class SessionContractTest {

    @Test
    void withoutCredentialsTheSessionIsNull(ContractTarget target) {
        given(Requests.anonymous(target)).when().get("/auth/session")
                .then().statusCode(200).body(equalTo("null"));
    }

    @Test
    void aKeyHasAUserAndItsTeam(ContractTarget target) {
        given(Requests.as(target, target.admin())).when().get("/auth/session")
                .then().statusCode(200).body("user.id", notNullValue()).body("team.id", equalTo(target.team()));
    }

    @Test
    void anUnknownKeyIs401(ContractTarget target) {
        given(Requests.as(target, "contract-kit-unknown-key")).when().get("/auth/session")
                .then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
    }
}
