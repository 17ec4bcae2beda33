package io.github.teamauthkit.contract.server;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.teamauthkit.contract.ContractTarget;
import io.github.teamauthkit.contract.ContractTargetExtension;
import io.github.teamauthkit.contract.Requests;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A team is addressed by its id or its namespace wherever a team id goes in a path, with the same answers
 * (Paperspace's CLI sends the namespace): every team operation by both spellings, what one writes the other reads,
 * and another team's key is refused by either.
 */
@ExtendWith(ContractTargetExtension.class)
public class TeamNamespaceContractTest {

    @Test
    void everyReadAnswersTheSameByIdAndByNamespace(ContractTarget target) {
        String namespace = Fixtures.teamNamespace(target);
        String name = Fixtures.uniqueSecretName();
        String admin = Fixtures.adminUserId(target);
        try {
            Fixtures.createSecret(target, name, "namespace-test-value");
            for (String path : new String[] {"/teams/{team}/users?limit=120", "/teams/{team}/secrets?limit=120",
                "/teams/{team}/secrets/" + name}) {
                Function<String, Response> read = team -> given(Requests.as(target, target.admin())).when()
                        .get(path.replace("{team}", team));
                Response byId = read.apply(target.team());
                Response byNamespace = read.apply(namespace);
                assertEquals(200, byNamespace.statusCode(), path + " by namespace");
                assertEquals(byId.jsonPath().prettify(), byNamespace.jsonPath().prettify(), path + ": the same answer by both spellings");
            }
            given(Requests.as(target, target.admin())).contentType(ContentType.JSON).body("{\"isAdmin\":true}")
                    .when().put("/teams/{team}/users/{userId}", namespace, admin)
                    .then().statusCode(200).body("isAdmin", equalTo(true));
            given(Requests.as(target, target.admin())).when().delete("/teams/{team}/users/{userId}", namespace, "contract-kit-no-such-user")
                    .then().statusCode(404);
        } finally {
            Fixtures.deleteSecret(target, name);
        }
    }

    @Test
    void whatIsWrittenByNamespaceIsReadById(ContractTarget target) {
        String namespace = Fixtures.teamNamespace(target);
        String name = Fixtures.uniqueSecretName();
        try {
            given(Requests.as(target, target.admin())).contentType(ContentType.JSON)
                    .body("{\"name\":\"" + name + "\",\"value\":\"v\"}").when().post("/teams/{team}/secrets", namespace)
                    .then().statusCode(200).body("name", equalTo(name));
            given(Requests.as(target, target.admin())).when().get("/teams/{id}/secrets/{name}", target.team(), name)
                    .then().statusCode(200);
            given(Requests.as(target, target.admin())).contentType(ContentType.JSON).body("{\"value\":\"v2\"}")
                    .when().patch("/teams/{team}/secrets/{name}", namespace, name).then().statusCode(200);
            given(Requests.as(target, target.admin())).when().delete("/teams/{team}/secrets/{name}", namespace, name)
                    .then().statusCode(200);
            given(Requests.as(target, target.admin())).when().get("/teams/{id}/secrets/{name}", target.team(), name)
                    .then().statusCode(404);
        } finally {
            Fixtures.deleteSecret(target, name);
        }
    }

    @Test
    void anotherTeamsKeyIsRefusedByNamespaceToo(ContractTarget target) {
        String namespace = Fixtures.teamNamespace(target);
        given(Requests.invalidAs(target, target.otherTeam())).when().get("/teams/{team}/secrets", namespace).then().statusCode(403);
        given(Requests.invalidAs(target, target.otherTeam())).when().get("/teams/{team}/users", namespace).then().statusCode(403);
        given(Requests.invalidAs(target, target.otherTeam())).contentType(ContentType.JSON).body("{\"name\":\"CT_PLANTED\",\"value\":\"v\"}")
                .when().post("/teams/{team}/secrets", namespace).then().statusCode(403);
    }
}
