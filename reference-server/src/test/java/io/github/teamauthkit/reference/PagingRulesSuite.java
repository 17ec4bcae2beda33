package io.github.teamauthkit.reference;

import static io.github.teamauthkit.reference.Api.ALICE;
import static io.github.teamauthkit.reference.Api.BOB;
import static io.github.teamauthkit.reference.Api.OLGA;
import static io.github.teamauthkit.reference.ApiRulesSuite.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.teamauthkit.reference.Api.Reply;
import io.github.teamauthkit.reference.store.MemberRecord;
import io.github.teamauthkit.reference.store.MemberStore;
import java.net.URLEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The paged lists: keyset order, full walks, walks while the list changes, the role filter, and
 * every kind of bad paging input; run once per database engine by the subclasses.
 */
abstract class PagingRulesSuite extends StartedServerSuite {

    @ParameterizedTest(name = "order={0}")
    @ValueSource(strings = {"desc", "asc"})
    void aWalkReturnsEverySecretOnceInOrder(String order) {
        List<String> created = createSecrets("S", 7);

        List<JsonNode> pages = pages("/teams/team-acme/secrets?limit=3&order=" + order, ALICE);

        assertThat(pages).extracting(page -> page.path("items").size()).containsExactly(3, 3, 1);
        assertThat(pages).extracting(page -> page.path("hasMore").asBoolean()).containsExactly(true, true, false);
        assertThat(pages.get(2).path("nextPage").isMissingNode()).as("no cursor on the last page").isTrue();
        List<JsonNode> items = new ArrayList<>();
        pages.forEach(page -> page.path("items").forEach(items::add));
        Comparator<JsonNode> byCreation = Comparator.<JsonNode, OffsetDateTime>comparing(s -> OffsetDateTime.parse(
                s.path("dtCreated").asText())).thenComparing(s -> s.path("name").asText());
        assertThat(items).isSortedAccordingTo("asc".equals(order) ? byCreation : byCreation.reversed());
        assertThat(items).extracting(s -> s.path("name").asText()).containsExactlyInAnyOrderElementsOf(created);
    }

    @Test
    void theDefaultOrderIsNewestFirstAndTheDefaultLimitIsTwenty() {
        createSecrets("D", 21);

        JsonNode first = api.get("/teams/team-acme/secrets", BOB).json();

        assertThat(first.path("items")).hasSize(20);
        assertThat(first.path("hasMore").asBoolean()).isTrue();
        assertThat(first.path("items").get(0).path("name").asText()).isEqualTo("D20");
    }

    @ParameterizedTest(name = "order={0}")
    @ValueSource(strings = {"desc", "asc"})
    void aWalkWhileOthersInsertAndDeleteSeesEverySecretThatStayedExactlyOnce(String order) {
        List<String> initial = createSecrets("A", 12);
        Set<String> deleted = Set.of("A0", "A5", "A11");
        List<String> seen = new ArrayList<>();
        String next = "/teams/team-acme/secrets?limit=3&order=" + order;
        for (int page = 0; page < 50 && next != null; page++) {
            JsonNode body = api.get(next, ALICE).json();
            body.path("items").forEach(item -> seen.add(item.path("name").asText()));
            // Between page reads: one of the initial secrets goes, two new ones come.
            List<String> toDelete = deleted.stream().sorted().toList();
            if (page < toDelete.size()) {
                assertThat(api.delete("/teams/team-acme/secrets/" + toDelete.get(page), ALICE).status()).isIn(200, 404);
            }
            createSecretsNamed("N" + page + "x0", "N" + page + "x1");
            next = body.path("hasMore").asBoolean() ? "/teams/team-acme/secrets?limit=3&order=" + order + "&after="
                    + encode(body.path("nextPage").asText()) : null;
        }

        assertThat(seen).as("no duplicates").doesNotHaveDuplicates();
        List<String> stayed = initial.stream().filter(name -> !deleted.contains(name)).toList();
        assertThat(seen).containsAll(stayed);
    }

    @Test
    void membersArePagedByJoinTimeAndFilteredByRole() {
        OffsetDateTime start = OffsetDateTime.parse("2026-11-01T08:00:00Z");
        server.database().transaction(c -> {
            for (int i = 0; i < 5; i++) {
                MemberStore.upsert(c, new MemberRecord("team-acme", "user-m" + i, "m" + i + "@acme.test", null, null, i == 0,
                        false, start.plusDays(i)));
            }
            MemberStore.upsert(c, new MemberRecord("team-acme", "user-founder", "f@acme.test", "F", null, true, true,
                    start.minusDays(30)));
            MemberStore.upsert(c, new MemberRecord("team-acme", "user-from-1x", "x@acme.test", null, null, false, false, null));
            return null;
        });

        List<String> ascending = ids(api.walk("/teams/team-acme/users?order=asc", BOB));
        assertThat(ascending).as("an unrecorded join time (from 1.x) first, then by join time; the fixture's joined today")
                .containsExactly("user-from-1x", "user-founder", "user-m0", "user-m1", "user-m2", "user-m3", "user-m4",
                        "user-alice", "user-bob");
        assertThat(ids(pagesItems("/teams/team-acme/users?limit=3", BOB))).isEqualTo(reversed(ascending));
        assertThat(ids(api.walk("/teams/team-acme/users?role=owner", BOB))).containsExactly("user-founder");
        assertThat(ids(api.walk("/teams/team-acme/users?role=admin", BOB))).containsExactly("user-alice", "user-m0");
        assertThat(ids(api.walk("/teams/team-acme/users?role=member&order=asc", BOB)))
                .containsExactly("user-from-1x", "user-m1", "user-m2", "user-m3", "user-m4", "user-bob");
        JsonNode founder = api.get("/teams/team-acme/users?role=owner", BOB).json().path("items").get(0);
        assertThat(founder.path("dtConfirmed").asText()).isEqualTo("2026-10-02T08:00:00Z");
        assertThat(founder.path("user").hasNonNull("lastName")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"limit=0", "limit=121", "limit=-1", "limit=ten", "limit=", "order=up", "orderBy=name",
        "after=", "after=garbage", "after=e30.AAAA", "after=%00%1B%5B31m"})
    void badPagingInputIs400OnEveryList(String query) {
        for (String list : List.of("/teams/team-acme/secrets?", "/teams/team-acme/users?")) {
            Reply reply = api.get(list + query, BOB);
            assertError(reply, 400, "BAD_REQUEST");
            assertThat(reply.text()).doesNotContain("garbage").doesNotContain("\u001b");
        }
        assertError(api.get("/teams/team-acme/users?role=boss", BOB), 400, "BAD_REQUEST");
    }

    @Test
    void aWalkBegunUnderTheTeamsIdGoesOnUnderItsNamespaceAndBack() {
        createSecrets("S", 3);
        String second = cursor("/teams/team-acme/secrets?limit=1", ALICE);

        JsonNode byNamespace = api.get("/teams/acme/secrets?limit=1&after=" + encode(second), ALICE).json();
        assertThat(byNamespace.path("items").findValuesAsText("name")).containsExactly("S1");
        JsonNode backById = api.get("/teams/team-acme/secrets?limit=1&after=" + encode(byNamespace.path("nextPage").asText()),
                ALICE).json();
        assertThat(backById.path("items").findValuesAsText("name")).containsExactly("S0");
    }

    @Test
    void aCursorWorksOnlyForTheListTeamOrderAndRoleItCameFrom() {
        createSecrets("S", 2);
        createSecretsFor(OLGA, "team-other", "OTHER_ONE", "OTHER_TWO");
        addMember("user-second-member");
        String acmeSecrets = cursor("/teams/team-acme/secrets?limit=1", ALICE);
        String otherSecrets = cursor("/teams/team-other/secrets?limit=1", OLGA);
        String acmeMembers = cursor("/teams/team-acme/users?limit=1", ALICE);
        String acmeMemberRole = cursor("/teams/team-acme/users?limit=1&role=member&order=asc", ALICE);

        assertThat(api.get("/teams/team-acme/secrets?limit=1&after=" + encode(acmeSecrets), ALICE).status()).isEqualTo(200);
        List<Reply> refused = List.of(
                api.get("/teams/team-acme/secrets?limit=1&after=" + encode(otherSecrets), ALICE),
                api.get("/teams/team-acme/secrets?limit=1&order=asc&after=" + encode(acmeSecrets), ALICE),
                api.get("/teams/team-acme/users?limit=1&after=" + encode(acmeSecrets), ALICE),
                api.get("/teams/team-acme/secrets?limit=1&after=" + encode(acmeMembers), ALICE),
                api.get("/teams/team-acme/users?limit=1&order=asc&after=" + encode(acmeMemberRole), ALICE),
                api.get("/teams/team-acme/secrets?limit=1&after=" + encode(tamper(acmeSecrets)), ALICE));
        for (Reply reply : refused) {
            assertError(reply, 400, "BAD_REQUEST");
            assertThat(reply.json().path("message").asText()).startsWith("after: ");
            assertThat(reply.text()).doesNotContain("OTHER_");
        }
    }

    @Test
    void aWellFormedCursorForThisListWithAWrongSignatureIsRefused() throws Exception {
        createSecrets("S", 3);
        String genuine = cursor("/teams/team-acme/secrets?limit=1", ALICE);
        String payload = genuine.substring(0, genuine.indexOf('.'));
        String mac = genuine.substring(genuine.indexOf('.') + 1);
        // The same list, team and order, another position: what a client forging a cursor would send.
        String moved = Base64.getUrlEncoder().withoutPadding().encodeToString(new String(Base64.getUrlDecoder().decode(payload),
                StandardCharsets.UTF_8).replace("\"S2\"", "\"S0\"").getBytes(StandardCharsets.UTF_8));
        assertThat(moved).isNotEqualTo(payload);
        String otherKeys = otherServersCursor();

        List<String> forged = List.of(
                moved + "." + mac,
                payload + "." + mac.substring(0, mac.length() - 4),
                payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[16]),
                otherKeys);
        for (String cursor : forged) {
            Reply reply = api.get("/teams/team-acme/secrets?limit=1&after=" + encode(cursor), ALICE);
            assertError(reply, 400, "BAD_REQUEST");
        }
    }

    @Test
    void aCursorHasOneSpellingOnly() {
        createSecrets("S", 3);
        String genuine = cursor("/teams/team-acme/secrets?limit=1", ALICE);
        char last = genuine.charAt(genuine.length() - 1);
        // 16 bytes take 22 base64 characters, the last with 4 unused bits: its neighbour in the alphabet decodes alike.
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        char sameBits = alphabet.charAt(alphabet.indexOf(last) ^ 1);
        List<String> spellings = List.of(genuine + "==", genuine.substring(0, genuine.length() - 1) + sameBits);

        assertThat(api.get("/teams/team-acme/secrets?limit=1&after=" + encode(genuine), ALICE).status()).isEqualTo(200);
        for (String spelling : spellings) {
            assertError(api.get("/teams/team-acme/secrets?limit=1&after=" + encode(spelling), ALICE), 400, "BAD_REQUEST");
        }
    }

    /** A genuine cursor of the same list, team and order from a server with another master key. */
    private String otherServersCursor() throws Exception {
        Path otherDir = Files.createDirectories(dir.resolve("other-server"));
        try (TestServer other = TestServer.start(openDatabase(otherDir), otherDir, 1000)) {
            Api otherApi = other.api();
            for (String name : List.of("S0", "S1", "S2")) {
                otherApi.json("POST", "/teams/team-acme/secrets", ALICE, "{\"name\":\"" + name + "\",\"value\":\"v\"}");
            }
            JsonNode page = otherApi.get("/teams/team-acme/secrets?limit=1", ALICE).json();
            return page.path("nextPage").asText();
        }
    }

    private List<String> createSecrets(String prefix, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(prefix + i);
        }
        createSecretsNamed(names.toArray(String[]::new));
        return names;
    }

    private void createSecretsNamed(String... names) {
        createSecretsFor(ALICE, "team-acme", names);
    }

    private void createSecretsFor(String key, String team, String... names) {
        for (String name : names) {
            assertThat(api.json("POST", "/teams/" + team + "/secrets", key, "{\"name\":\"" + name + "\",\"value\":\"v\"}")
                    .status()).isEqualTo(200);
        }
    }

    private void addMember(String userId) {
        server.database().transaction(c -> {
            MemberStore.upsert(c, new MemberRecord("team-acme", userId, userId + "@acme.test", null, null, false, false,
                    OffsetDateTime.now()));
            return null;
        });
    }

    /** Every page of a list, in order (at most 50). */
    private List<JsonNode> pages(String first, String key) {
        List<JsonNode> pages = new ArrayList<>();
        String next = first;
        for (int i = 0; i < 50 && next != null; i++) {
            JsonNode page = api.get(next, key).json();
            pages.add(page);
            next = page.path("hasMore").asBoolean() ? first + "&after=" + encode(page.path("nextPage").asText()) : null;
        }
        return pages;
    }

    private List<JsonNode> pagesItems(String first, String key) {
        List<JsonNode> items = new ArrayList<>();
        pages(first, key).forEach(page -> page.path("items").forEach(items::add));
        return items;
    }

    private String cursor(String path, String key) {
        JsonNode page = api.get(path, key).json();
        assertThat(page.path("hasMore").asBoolean()).as("%s has a second page", path).isTrue();
        return page.path("nextPage").asText();
    }

    /** The same cursor with one character of its payload changed. */
    private static String tamper(String cursor) {
        char changed = cursor.charAt(2) == 'A' ? 'B' : 'A';
        return cursor.substring(0, 2) + changed + cursor.substring(3);
    }

    private static List<String> ids(List<JsonNode> members) {
        return members.stream().map(member -> member.path("user").path("id").asText()).toList();
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
