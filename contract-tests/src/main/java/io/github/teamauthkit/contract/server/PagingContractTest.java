package io.github.teamauthkit.contract.server;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.teamauthkit.contract.ContractTarget;
import io.github.teamauthkit.contract.ContractTargetExtension;
import io.github.teamauthkit.contract.MissingInput;
import io.github.teamauthkit.contract.NotApplicable;
import io.github.teamauthkit.contract.Requests;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
                assertThat("a page holds at most limit items", page.getList("items").size(), lessThanOrEqualTo(2));
                items.addAll(page.getList("items"));
            }
            List<String> names = items.stream().map(item -> (String) item.get("name")).toList();
            Fixtures.assertNoDuplicates("every secret once", names);
            assertThat("every secret once", names, hasItems(mine.toArray(String[]::new)));
            Comparator<Map<String, Object>> byCreation = Comparator.comparing(item -> OffsetDateTime.parse((String) item.get("dtCreated")));
            assertEquals(items.stream().sorted("asc".equals(order) ? byCreation : byCreation.reversed()).toList(), items,
                    "ordered by dtCreated, " + order);
            assertFalse(pages.get(pages.size() - 1).getBoolean("hasMore"), "hasMore on the last page");
        } finally {
            mine.forEach(name -> Fixtures.deleteSecret(target, name));
        }
    }

    /**
     * The spec's end of a walk, at the page boundary where a server fetching only {@code limit} rows cannot know that
     * nothing follows: a list of n items read with {@code limit=n} is one page that says it is the last, and with
     * {@code limit=n-1} two pages, the second holding one item.
     */
    @Test
    void theLastPageSaysItIsTheLastEvenWhenItIsFull(ContractTarget target) {
        List<String> mine = createSecrets(target, 3);
        try {
            for (String list : LISTS) {
                int count = Fixtures.walk(target, target.admin(), list, Map.of("limit", 120)).size();
                NotApplicable.unless(target, count <= 120, list + " holds more than 120 items, the largest page");
                List<JsonPath> whole = Fixtures.pages(target, target.admin(), target.team(), list, Map.of("limit", count));
                assertEquals(List.of(count), whole.stream().map(page -> page.getList("items").size()).toList(),
                        list + " read with limit=" + count + " (its size): one page, which says it is the last");
                if (count > 1) {
                    List<JsonPath> two = Fixtures.pages(target, target.admin(), target.team(), list, Map.of("limit", count - 1));
                    assertEquals(List.of(count - 1, 1), two.stream().map(page -> page.getList("items").size()).toList(),
                            list + " read with limit=" + (count - 1) + ": two pages, the second with the last item");
                }
            }
        } finally {
            mine.forEach(name -> Fixtures.deleteSecret(target, name));
        }
    }

    @Test
    void theDefaultOrderIsNewestFirst(ContractTarget target) {
        List<String> mine = new ArrayList<>();
        try {
            String first = Fixtures.uniqueSecretName();
            mine.add(first);
            OffsetDateTime firstCreated = Fixtures.createSecret(target, first, "paging");
            // The later secret must carry a later time; on a millisecond clock the next creations may share the first's.
            String later = null;
            for (int attempt = 0; attempt < 1_000 && later == null; attempt++) {
                String name = Fixtures.uniqueSecretName();
                mine.add(name);
                later = Fixtures.createSecret(target, name, "paging").isAfter(firstCreated) ? name : null;
            }
            assertNotNull(later, "a secret created after another has a later dtCreated (1,000 creations tried)");
            List<String> newestFirst = Fixtures.secretNames(target);
            assertThat("the later secret comes first", newestFirst.indexOf(later), lessThan(newestFirst.indexOf(first)));
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
                String next = Fixtures.endOfWalkRule("/teams/{id}/secrets", page + 1, body);
                Fixtures.assertNoDuplicates("no item twice", seen);
                if (next == null) {
                    break;
                }
                after = next;
            }
            Fixtures.assertNoDuplicates("no item twice", seen);
            assertThat("every secret that existed throughout", seen, hasItems(mine.toArray(String[]::new)));
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

    /**
     * The spec: a cursor is valid only as issued, anything else is refused with 400. A server whose cursors are not
     * signed (a position in base64, say) would read a changed one as another position.
     */
    @Test
    void aCursorChangedInOneCharacterIsRefused(ContractTarget target) {
        List<String> mine = createSecrets(target, 3);
        try {
            String cursor = given(Requests.as(target, target.admin())).queryParam("limit", 1)
                    .when().get("/teams/{id}/secrets", target.team()).then().statusCode(200).extract().path("nextPage");
            for (int at : new int[] {0, cursor.length() / 2, cursor.length() - 1}) {
                char changed = cursor.charAt(at) == 'A' ? 'B' : 'A';
                String altered = cursor.substring(0, at) + changed + cursor.substring(at + 1);
                given(Requests.invalidAs(target, target.admin())).queryParam("limit", 1).queryParam("after", altered)
                        .when().get("/teams/{id}/secrets", target.team())
                        .then().statusCode(400).body("code", equalTo("BAD_REQUEST"));
            }
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
                if (status != 200) {
                    throw MissingInput.because("skipped: the other team's key may not create secrets (" + status
                            + "): give an admin's key of another team as --other-team-key");
                }
                theirs.add(name);
            }
            String foreign = given(Requests.as(target, target.otherTeam())).queryParam("limit", 1)
                    .when().get("/teams/{id}/secrets", otherTeam).then().statusCode(200).extract().path("nextPage");

            Response answer = given(Requests.invalidAs(target, target.admin())).queryParam("after", foreign)
                    .when().get("/teams/{id}/secrets", target.team());

            assertEquals(400, answer.statusCode(), "a cursor of team " + otherTeam + " used on team " + target.team());
            assertThat("the answer to a foreign cursor", answer.asString(), not(anyOf(containsString(theirs.get(0)), containsString(theirs.get(1)))));
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
