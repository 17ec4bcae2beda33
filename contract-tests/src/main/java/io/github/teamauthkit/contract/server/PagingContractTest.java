package io.github.teamauthkit.contract.server;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.github.teamauthkit.contract.ContractTarget;
import io.github.teamauthkit.contract.ContractTargetExtension;
import io.github.teamauthkit.contract.Requests;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The paged lists: a walk returns every item once, pages honour {@code limit} and {@code order},
 * a walk survives inserts, and a cursor from elsewhere never yields another team's data.
 */
@ExtendWith(ContractTargetExtension.class)
public class PagingContractTest {

    private static final List<String> LISTS = List.of("/teams/{id}/secrets", "/teams/{id}/users");

    @ParameterizedTest(name = "order={0}")
    @ValueSource(strings = {"desc", "asc"})
    void aWalkReturnsEveryItemOnceWithinTheLimitInOrder(String order, ContractTarget target) {
        List<String> mine = createSecrets(target, 5);
        try {
            List<JsonPath> pages = Fixtures.pages(target, target.admin(), target.team(), "/teams/{id}/secrets",
                    Map.of("limit", 2, "order", order));

            List<Map<String, Object>> items = new ArrayList<>();
            for (JsonPath page : pages) {
                assertThat(page.getList("items")).as("a page holds at most limit items").hasSizeLessThanOrEqualTo(2);
                items.addAll(page.getList("items"));
            }
            List<String> names = items.stream().map(item -> (String) item.get("name")).toList();
            assertThat(names).as("every secret once").doesNotHaveDuplicates().containsAll(mine);
            Comparator<Map<String, Object>> byCreation = Comparator.comparing(item -> OffsetDateTime.parse((String) item.get("dtCreated")));
            assertThat(items).as("ordered by dtCreated, " + order).isSortedAccordingTo("asc".equals(order) ? byCreation : byCreation.reversed());
            assertThat(pages.get(pages.size() - 1).getBoolean("hasMore")).isFalse();
        } finally {
            mine.forEach(name -> Fixtures.deleteSecret(target, name));
        }
    }

    @Test
    void theDefaultOrderIsNewestFirst(ContractTarget target) throws InterruptedException {
        List<String> mine = createSecrets(target, 1);
        Thread.sleep(20); // so that the two creation times differ even on a millisecond clock
        mine.addAll(createSecrets(target, 1));
        try {
            List<String> newestFirst = Fixtures.secretNames(target);
            assertThat(newestFirst.indexOf(mine.get(1))).as("the later secret comes first").isLessThan(newestFirst.indexOf(mine.get(0)));
        } finally {
            mine.forEach(name -> Fixtures.deleteSecret(target, name));
        }
    }

    @Test
    void aWalkWhileSecretsAreCreatedSeesEveryEarlierSecretExactlyOnce(ContractTarget target) {
        List<String> mine = createSecrets(target, 6);
        List<String> added = new ArrayList<>();
        try {
            List<String> seen = new ArrayList<>();
            String after = null;
            for (int page = 0; page < 200; page++) {
                var request = given(Requests.as(target, target.admin())).queryParam("limit", 2);
                if (after != null) {
                    request.queryParam("after", after);
                }
                JsonPath body = request.when().get("/teams/{id}/secrets", target.team()).then().statusCode(200).extract().jsonPath();
                body.getList("items.name", String.class).forEach(seen::add);
                added.addAll(createSecrets(target, 1));
                String next = body.getBoolean("hasMore") ? body.getString("nextPage") : null;
                assertThat(seen).as("no item twice").doesNotHaveDuplicates();
                if (next == null) {
                    break;
                }
                after = next;
            }
            assertThat(seen).as("no item twice").doesNotHaveDuplicates();
            assertThat(seen).as("every secret that existed throughout").containsAll(mine);
        } finally {
            mine.forEach(name -> Fixtures.deleteSecret(target, name));
            added.forEach(name -> Fixtures.deleteSecret(target, name));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"limit=0", "limit=121", "limit=x", "order=sideways", "orderBy=name", "after=not%20a%20cursor%21"})
    void badPagingParametersAre400OnEveryList(String query, ContractTarget target) {
        String[] pair = query.split("=", 2);
        for (String list : LISTS) {
            given(Requests.invalidAs(target, target.member())).urlEncodingEnabled(false).queryParam(pair[0], pair[1])
                    .when().get(list, target.team())
                    .then().statusCode(400).body("code", equalTo("BAD_REQUEST"));
        }
        given(Requests.invalidAs(target, target.member())).queryParam("role", "superuser").when().get("/teams/{id}/users", target.team())
                .then().statusCode(400).body("code", equalTo("BAD_REQUEST"));
    }

    @Test
    void aCursorFromAnotherListIsRefused(ContractTarget target) {
        List<String> mine = createSecrets(target, 2);
        try {
            String secretsCursor = given(Requests.as(target, target.admin())).queryParam("limit", 1)
                    .when().get("/teams/{id}/secrets", target.team()).then().statusCode(200).extract().path("nextPage");
            given(Requests.invalidAs(target, target.admin())).queryParam("after", secretsCursor)
                    .when().get("/teams/{id}/users", target.team())
                    .then().statusCode(400).body("code", equalTo("BAD_REQUEST"));
        } finally {
            mine.forEach(name -> Fixtures.deleteSecret(target, name));
        }
    }

    @Test
    void aCursorFromAnotherTeamNeverYieldsThatTeamsData(ContractTarget target) {
        String otherTeam = given(Requests.as(target, target.otherTeam())).when().get("/auth/session")
                .then().statusCode(200).extract().path("team.id");
        List<String> theirs = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                String name = Fixtures.uniqueSecretName();
                int status = given(Requests.invalidAs(target, target.otherTeam())).contentType(ContentType.JSON)
                        .body("{\"name\":\"" + name + "\",\"value\":\"v\"}").when().post("/teams/{id}/secrets", otherTeam)
                        .then().extract().statusCode();
                Assumptions.assumeTrue(status == 200, "skipped: the other team's key may not create secrets (" + status + ")");
                theirs.add(name);
            }
            String foreign = given(Requests.as(target, target.otherTeam())).queryParam("limit", 1)
                    .when().get("/teams/{id}/secrets", otherTeam).then().statusCode(200).extract().path("nextPage");

            Response answer = given(Requests.invalidAs(target, target.admin())).queryParam("after", foreign)
                    .when().get("/teams/{id}/secrets", target.team());

            assertThat(answer.statusCode()).as("a cursor of team %s used on team %s", otherTeam, target.team()).isEqualTo(400);
            assertThat(answer.asString()).doesNotContain(theirs.get(0)).doesNotContain(theirs.get(1));
        } finally {
            theirs.forEach(name -> given(Requests.invalidAs(target, target.otherTeam()))
                    .when().delete("/teams/{id}/secrets/{name}", otherTeam, name));
        }
    }

    private static List<String> createSecrets(ContractTarget target, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = Fixtures.uniqueSecretName();
            Fixtures.createSecret(target, name, "paging");
            names.add(name);
        }
        return names;
    }
}
