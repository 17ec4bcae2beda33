package io.github.teamauthkit.contract.server;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.teamauthkit.contract.ContractTarget;
import io.github.teamauthkit.contract.ContractTargetExtension;
import io.github.teamauthkit.contract.Requests;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One team never sees another's data: with a second team's key the kit creates secrets in both
 * teams and checks every read of each (the list walked page by page, and each secret by name)
 * for the other's. The survivor of a mutation run of an earlier kit mixed teams in list results.
 */
@ExtendWith(ContractTargetExtension.class)
public class TenantIsolationContractTest {

    @Test
    void neitherTeamSeesTheOthersSecretsInAnyRead(ContractTarget target) {
        String otherTeam = given(Requests.as(target, target.otherTeam())).when().get("/auth/session")
                .then().statusCode(200).extract().path("team.id");
        String ours = Fixtures.uniqueSecretName();
        List<String> theirs = new ArrayList<>();
        try {
            Fixtures.createSecret(target, ours, "ours");
            for (int i = 0; i < 2; i++) {
                String name = Fixtures.uniqueSecretName();
                int status = given(Requests.invalidAs(target, target.otherTeam())).contentType(ContentType.JSON)
                        .body("{\"name\":\"" + name + "\",\"value\":\"theirs\"}").when().post("/teams/{id}/secrets", otherTeam)
                        .then().extract().statusCode();
                Assumptions.assumeTrue(status == 200, "skipped: the other team's key may not create secrets (" + status + ")");
                theirs.add(name);
            }

            assertThat(Fixtures.secretNames(target)).as("another team's secret in this team's list").doesNotContainAnyElementsOf(theirs)
                    .contains(ours);
            for (String name : theirs) {
                given(Requests.as(target, target.admin())).when().get("/teams/{id}/secrets/{name}", target.team(), name)
                        .then().statusCode(404);
            }
            List<Object> theirList = Fixtures.walk(target, target.otherTeam(), otherTeam, "/teams/{id}/secrets", Map.of("limit", 120))
                    .stream().map(secret -> secret.get("name")).toList();
            assertThat(theirList).as("this team's secret in another team's list").doesNotContain(ours).containsAll(theirs);
            given(Requests.as(target, target.otherTeam())).when().get("/teams/{id}/secrets/{name}", otherTeam, ours)
                    .then().statusCode(404);
        } finally {
            Fixtures.deleteSecret(target, ours);
            theirs.forEach(name -> given(Requests.invalidAs(target, target.otherTeam()))
                    .when().delete("/teams/{id}/secrets/{name}", otherTeam, name));
        }
    }
}
