package io.github.teamauthkit.contract.server;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.teamauthkit.contract.ContractTarget;
import io.github.teamauthkit.contract.NotApplicable;
import io.github.teamauthkit.contract.Requests;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the suite creates, named so it never collides with data it did not create. */
final class Fixtures {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_PAGES = 200;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private Fixtures() {
    }

    /** A secret name no one else uses: {@code CT_} and 12 random characters. */
    static String uniqueSecretName() {
        StringBuilder name = new StringBuilder("CT_");
        for (int i = 0; i < 12; i++) {
            name.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return name.toString();
    }

    /** Creates a secret as the admin; returns the creation time the server answered with. */
    static OffsetDateTime createSecret(ContractTarget target, String name, String value) {
        String created = given(Requests.as(target, target.admin())).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"value\":\"" + value + "\"}")
                .when().post("/teams/{id}/secrets", target.team())
                .then().statusCode(200).extract().path("dtCreated");
        return OffsetDateTime.parse(created);
    }

    /** Sends one request, with a JSON body when there is one. */
    static Response send(RequestSpecification request, String method, String path, String body) {
        RequestSpecification call = given(request);
        if (body != null) {
            call.contentType(ContentType.JSON).body(body);
        }
        return call.when().request(method, path);
    }

    /** Deletes a secret the suite created; a secret already gone is fine. */
    static void deleteSecret(ContractTarget target, String name) {
        given(Requests.as(target, target.admin())).when().delete("/teams/{id}/secrets/{name}", target.team(), name)
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(404)));
    }

    /**
     * Every page of a paged list, following {@code nextPage} as {@code after} (at most 200 pages; a
     * list that never ends fails). Each exchange is validated against the spec.
     *
     * @param target the server
     * @param key    the API key
     * @param team   the team, the path's one parameter
     * @param path   the list's path
     * @param query  further query parameters, kept on every page
     * @return the pages, in order
     */
    static List<JsonPath> pages(ContractTarget target, String key, String team, String path, Map<String, ?> query) {
        List<JsonPath> pages = new ArrayList<>();
        String after = null;
        do {
            if (pages.size() == MAX_PAGES) {
                throw new AssertionError(path + " still had more after " + MAX_PAGES + " pages: does nextPage move on?");
            }
            RequestSpecification request = given(Requests.as(target, key)).queryParams(query);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.when().get(path, team).then().statusCode(200).extract().jsonPath();
            pages.add(page);
            String next = endOfWalkRule(path, pages.size(), page);
            if (next != null && next.equals(after)) {
                throw new AssertionError(path + " answered the cursor it was given as nextPage: the walk would never end");
            }
            after = next;
        } while (after != null);
        return pages;
    }

    /**
     * The spec's rule for every page: {@code hasMore} is true exactly when {@code nextPage} is given. (That a walk
     * ends on a page holding the last item is checked where the list cannot change meanwhile: a page answered
     * before another client deleted the items after it rightly said more followed.)
     *
     * @return the page's {@code nextPage}, or null on the last page
     */
    static String endOfWalkRule(String path, int pageNumber, JsonPath page) {
        boolean hasMore = page.getBoolean("hasMore");
        String next = page.getString("nextPage");
        if (hasMore != (next != null)) {
            throw new AssertionError(path + " page " + pageNumber + ": hasMore is " + hasMore + " and nextPage is "
                    + (next == null ? "absent" : "given") + "; the spec gives nextPage exactly when hasMore is true");
        }
        return next;
    }

    /** Every item of a paged list of the target's team. */
    static List<Map<String, Object>> walk(ContractTarget target, String key, String path, Map<String, ?> query) {
        return walk(target, key, target.team(), path, query);
    }

    /** Every item of a paged list of a team. */
    static List<Map<String, Object>> walk(ContractTarget target, String key, String team, String path, Map<String, ?> query) {
        List<Map<String, Object>> items = new ArrayList<>();
        pages(target, key, team, path, query).forEach(page -> items.addAll(page.getList("items")));
        return items;
    }

    /** The names of every secret of the team. */
    static List<String> secretNames(ContractTarget target) {
        return walk(target, target.admin(), "/teams/{id}/secrets", Map.of("limit", 120)).stream()
                .map(secret -> (String) secret.get("name")).toList();
    }

    /** Fails naming the items that occur more than once. */
    static void assertNoDuplicates(String what, List<?> items) {
        Set<Object> seen = new HashSet<>();
        List<?> repeated = items.stream().filter(item -> !seen.add(item)).distinct().toList();
        assertEquals(List.of(), repeated, what + ": items that occur more than once");
    }

    /** The user id the admin key belongs to, from the session. */
    static String adminUserId(ContractTarget target) {
        return given(Requests.as(target, target.admin())).when().get("/auth/session")
                .then().statusCode(200).extract().path("user.id");
    }

    /**
     * The team's namespace, from the admin's session: a team is addressed by it wherever its id goes. Skips the
     * test when the namespace is the id, which leaves no second spelling to check.
     */
    static String teamNamespace(ContractTarget target) {
        String namespace = given(Requests.as(target, target.admin())).when().get("/auth/session")
                .then().statusCode(200).extract().path("team.namespace");
        NotApplicable.unless(target, namespace != null && !namespace.equals(target.team()),
                "the team's namespace is its id, so there is no second spelling to check");
        return namespace;
    }
}
