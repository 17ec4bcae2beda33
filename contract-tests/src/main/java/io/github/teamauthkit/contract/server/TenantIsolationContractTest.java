package io.github.teamauthkit.contract.server;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.github.teamauthkit.contract.ContractTarget;
import io.github.teamauthkit.contract.ContractTargetExtension;
import io.github.teamauthkit.contract.MissingInput;
import io.github.teamauthkit.contract.Requests;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
                if (status != 200) {
                    throw MissingInput.because("skipped: the other team's key may not create secrets (" + status
                            + "): give an admin's key of another team as --other-team-key");
                }
                theirs.add(name);
            }

            List<String> ourList = Fixtures.secretNames(target);
            assertThat("this team's list", ourList, hasItem(ours));
            assertThat("another team's secret in this team's list", ourList, everyItem(not(is(in(theirs)))));
            for (String name : theirs) {
                given(Requests.as(target, target.admin())).when().get("/teams/{id}/secrets/{name}", target.team(), name)
                        .then().statusCode(404);
            }
            List<Object> theirList = Fixtures.walk(target, target.otherTeam(), otherTeam, "/teams/{id}/secrets", Map.of("limit", 120))
                    .stream().map(secret -> secret.get("name")).toList();
            assertThat("this team's secret in another team's list", theirList, not(hasItem(ours)));
            assertThat("the other team's list", theirList, hasItems(theirs.toArray()));
            given(Requests.as(target, target.otherTeam())).when().get("/teams/{id}/secrets/{name}", otherTeam, ours)
                    .then().statusCode(404);
        } finally {
            Fixtures.deleteSecret(target, ours);
            theirs.forEach(name -> given(Requests.invalidAs(target, target.otherTeam()))
                    .when().delete("/teams/{id}/secrets/{name}", otherTeam, name));
        }
    }
}
