package io.github.teamauthkit.contract.server;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.teamauthkit.contract.ContractTarget;
import io.github.teamauthkit.contract.ContractTargetExtension;
import io.github.teamauthkit.contract.Requests;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A secret's life, as the spec and the README describe it; its value never comes back. */
@ExtendWith(ContractTargetExtension.class)
public class SecretsContractTest {

    private static final String VALUE = "contract-kit-value-that-must-not-be-returned";

    @Test
    void createGetUpdateListDeleteThenGetIs404(ContractTarget target) {
        String name = Fixtures.uniqueSecretName();
        try {
            Response created = given(Requests.as(target, target.admin())).contentType(ContentType.JSON)
                    .body("{\"name\":\"" + name + "\",\"value\":\"" + VALUE + "\"}")
                    .when().post("/teams/{id}/secrets", target.team());
            created.then().statusCode(200).body("name", equalTo(name));
            Response fetched = given(Requests.as(target, target.admin()))
                    .when().get("/teams/{id}/secrets/{name}", target.team(), name);
            fetched.then().statusCode(200).body("name", equalTo(name));
            Response updated = given(Requests.as(target, target.admin())).contentType(ContentType.JSON)
                    .body("{\"value\":\"" + VALUE + "-2\"}")
                    .when().patch("/teams/{id}/secrets/{name}", target.team(), name);
            updated.then().statusCode(200).body("name", equalTo(name));
            Response listed = given(Requests.as(target, target.admin())).queryParam("limit", 120)
                    .when().get("/teams/{id}/secrets", target.team());
            listed.then().statusCode(200);
            assertThat("the team's secrets", Fixtures.secretNames(target), hasItem(name));
            for (Response response : new Response[] {created, fetched, updated, listed}) {
                assertFalse(response.asString().contains(VALUE), "a response body holds the secret's value");
            }

            given(Requests.as(target, target.admin())).when().delete("/teams/{id}/secrets/{name}", target.team(), name)
                    .then().statusCode(200).body("name", equalTo(name));
            given(Requests.as(target, target.admin())).when().get("/teams/{id}/secrets/{name}", target.team(), name)
                    .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
            assertThat("the team's secrets", Fixtures.secretNames(target), not(hasItem(name)));
        } finally {
            Fixtures.deleteSecret(target, name);
        }
    }

    @Test
    void aDuplicateNameIs409AndLeaksNoValue(ContractTarget target) {
        String name = Fixtures.uniqueSecretName();
        try {
            Fixtures.createSecret(target, name, "first");
            String body = given(Requests.as(target, target.admin())).contentType(ContentType.JSON)
                    .body("{\"name\":\"" + name + "\",\"value\":\"" + VALUE + "\"}")
                    .when().post("/teams/{id}/secrets", target.team())
                    .then().statusCode(409).body("code", equalTo("CONFLICT")).extract().asString();
            assertFalse(body.contains(VALUE), "a response body holds the secret's value");
        } finally {
            Fixtures.deleteSecret(target, name);
        }
    }

    @Test
    void anUnknownSecretIs404(ContractTarget target) {
        String name = Fixtures.uniqueSecretName();
        given(Requests.as(target, target.admin())).when().get("/teams/{id}/secrets/{name}", target.team(), name)
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given(Requests.as(target, target.admin())).contentType(ContentType.JSON).body("{\"value\":\"v\"}")
                .when().patch("/teams/{id}/secrets/{name}", target.team(), name)
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given(Requests.as(target, target.admin())).when().delete("/teams/{id}/secrets/{name}", target.team(), name)
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }
}
