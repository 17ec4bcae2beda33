package io.github.teamauthkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.teamauthkit.client.ScriptedHttpServer.Answer;
import io.github.teamauthkit.client.ScriptedHttpServer.Recorded;
import io.github.teamauthkit.client.errors.BadRequestException;
import io.github.teamauthkit.client.errors.UnexpectedStatusException;
import io.github.teamauthkit.client.model.Secret;
import io.github.teamauthkit.client.model.SortOrder;
import io.github.teamauthkit.client.model.TeamMember;
import io.github.teamauthkit.client.model.TeamRole;
import io.github.teamauthkit.client.resources.TeamMembersResource;
import io.github.teamauthkit.client.resources.TeamSecretsResource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Pages, their parameters, and walks over every page, sync and async. */
class PagingTest {

    private ScriptedHttpServer server;
    private TeamAuthClient client;

    @BeforeEach
    void start() {
        server = new ScriptedHttpServer();
        client = TeamAuthClient.builder().apiKey("ps_paging_test_key").baseUrl(server.baseUri().toString())
                .retryBaseDelay(Duration.ofMillis(10)).requestTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Three pages: A, B | C, D | E. */
    private void threePages() {
        server.answer("GET /teams/t1/secrets",
                Answer.of(200, page(true, "c%2F1+=", "A", "B")),
                Answer.of(200, page(true, "c2", "C", "D")),
                Answer.of(200, page(false, null, "E")));
    }

    @Test
    void aPageHasItsItemsAndTheWayToTheNext() {
        threePages();

        Page<Secret> first = client.secrets("t1").list();
        Page<Secret> second = first.nextPage();
        Page<Secret> last = second.nextPage();

        assertThat(first.items()).extracting(Secret::getName).containsExactly("A", "B");
        assertThat(first.hasMore()).isTrue();
        assertThat(first.nextCursor()).hasValue("c%2F1+=");
        assertThat(last.items()).extracting(Secret::getName).containsExactly("E");
        assertThat(last.hasMore()).isFalse();
        assertThat(last.nextCursor()).isEmpty();
        assertThatThrownBy(last::nextPage).isInstanceOf(NoSuchElementException.class);
        assertThat(server.requests()).extracting(Recorded::query)
                .containsExactly(null, "after=c%252F1%2B%3D", "after=c2");
    }

    @Test
    void theAutoPagerFetchesEachPageOnlyWhenTheWalkReachesIt() {
        threePages();

        Page<Secret> first = client.secrets("t1").list();
        List<String> names = new ArrayList<>();
        for (Secret secret : first.autoPager()) {
            names.add(secret.getName());
            if (names.size() == 2) {
                assertThat(server.requests()).as("the second page is not fetched before it is needed").hasSize(1);
            }
        }

        assertThat(names).containsExactly("A", "B", "C", "D", "E");
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void aStreamStopsFetchingWhenItHasEnough() {
        threePages();

        List<String> firstThree = client.secrets("t1").list().stream().limit(3).map(Secret::getName).toList();

        assertThat(firstThree).containsExactly("A", "B", "C");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void parametersAreSentAndKeptOnEveryFollowingPage() {
        server.answer("GET /teams/t1/users",
                Answer.of(200, "{\"hasMore\":true,\"nextPage\":\"n1\",\"items\":[" + member("u1") + "]}"),
                Answer.of(200, "{\"hasMore\":false,\"items\":[" + member("u2") + "]}"));

        List<TeamMember> members = client.members("t1").list(TeamMembersResource.ListParams.builder().limit(1)
                .order(SortOrder.ASC).role(TeamRole.ADMIN).build()).stream().toList();

        assertThat(members).extracting(m -> m.getUser().getId()).containsExactly("u1", "u2");
        assertThat(server.requests()).extracting(Recorded::query)
                .containsExactly("limit=1&order=asc&role=admin", "after=n1&limit=1&order=asc&role=admin");
    }

    @Test
    void aPageClaimingMoreWithoutACursorEndsTheWalk() {
        server.answer("GET /teams/t1/secrets", 200, "{\"hasMore\":true,\"items\":[{\"name\":\"A\"}]}");

        Page<Secret> page = client.secrets("t1").list();

        assertThat(page.hasMore()).isFalse();
        assertThat(page.stream().map(Secret::getName)).containsExactly("A");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void anErrorOnALaterPageIsThrownWhereTheWalkReachesIt() {
        server.answer("GET /teams/t1/secrets",
                Answer.of(200, page(true, "stale", "A")),
                Answer.of(400, "{\"code\":\"BAD_REQUEST\",\"message\":\"after: not a cursor of this list\"}"));

        var walk = client.secrets("t1").list().autoPager().iterator();

        assertThat(walk.next().getName()).isEqualTo("A");
        assertThatThrownBy(walk::hasNext).isInstanceOf(BadRequestException.class).hasMessageContaining("after:");
    }

    @Test
    @Timeout(10) // without the check, the walk would go on for ever
    void aServerRepeatingANextPageStopsTheWalkWithAClearError() throws Exception {
        server.answer("GET /teams/t1/secrets",
                Answer.of(200, page(true, "c1", "A")),
                Answer.of(200, page(true, "c2", "B")),
                Answer.of(200, page(true, "c1", "C")));

        assertThatThrownBy(() -> client.secrets("t1").list().stream().count())
                .isInstanceOf(UnexpectedStatusException.class)
                .hasMessageContaining("answered a nextPage it had answered before");
        assertThat(server.requests()).hasSize(3);

        server.answer("GET /teams/t1/secrets",
                Answer.of(200, page(true, "c1", "A")),
                Answer.of(200, page(true, "c1", "B")));
        assertThatThrownBy(() -> client.async().secrets("t1").list().thenCompose(page -> page.forEach(secret -> { }))
                .get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(UnexpectedStatusException.class);
    }

    @Test
    void theAsyncPageWalksEveryPage() throws Exception {
        threePages();
        List<String> names = new ArrayList<>();

        client.async().secrets("t1").list(TeamSecretsResource.ListParams.builder().limit(2).build())
                .thenCompose(page -> page.forEach(secret -> names.add(secret.getName())))
                .get(10, TimeUnit.SECONDS);

        assertThat(names).containsExactly("A", "B", "C", "D", "E");
        assertThat(server.requests()).extracting(Recorded::query).containsExactly("limit=2", "after=c%252F1%2B%3D&limit=2", "after=c2&limit=2");
    }

    @Test
    void paramsAreImmutableAndPrintable() {
        TeamSecretsResource.ListParams params = TeamSecretsResource.ListParams.builder().limit(5).build();
        TeamSecretsResource.ListParams changed = params.toBuilder().order(SortOrder.ASC).build();

        assertThat(params.order()).isNull();
        assertThat(changed.limit()).isEqualTo(5);
        // Every parameter the spec lists prints; which ones those are is the spec's (a new one must not break this).
        assertThat(changed.toString()).startsWith("ListParams[").endsWith("]").contains("limit=5").contains("order=asc")
                .contains("after=null").doesNotContain("\n");
    }

    private static String page(boolean hasMore, String next, String... names) {
        List<String> items = new ArrayList<>();
        for (String name : names) {
            items.add("{\"name\":\"" + name + "\",\"dtCreated\":\"2026-11-02T09:30:00Z\"}");
        }
        return "{\"hasMore\":" + hasMore + (next == null ? "" : ",\"nextPage\":\"" + next + "\"") + ",\"items\":["
                + String.join(",", items) + "]}";
    }

    private static String member(String id) {
        return "{\"isAdmin\":true,\"isOwner\":false,\"user\":{\"id\":\"" + id + "\",\"email\":\"" + id + "@acme.test\"}}";
    }
}
