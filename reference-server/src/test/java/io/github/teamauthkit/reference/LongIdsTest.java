package io.github.teamauthkit.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.teamauthkit.reference.security.ApiKeys;
import io.github.teamauthkit.reference.store.ApiKeyStore;
import io.github.teamauthkit.reference.store.Database;
import io.github.teamauthkit.reference.store.MemberRecord;
import io.github.teamauthkit.reference.store.MemberStore;
import io.github.teamauthkit.reference.store.PathIds;
import io.github.teamauthkit.reference.store.TeamRecord;
import io.github.teamauthkit.reference.store.TeamStore;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every id the store accepts can be addressed, and every cursor the server issues is accepted back: a team whose
 * id and namespace are 128 CJK characters (1,152 characters percent-encoded), members with ids as long, walked one
 * member per page. Before, such cursors were longer than the 512 characters {@code after} took, and the team's
 * path segment longer than the 512 the path rules allowed.
 */
class LongIdsTest {

    private static final String KEY = "long-ids-admin-key-0001";

    @TempDir
    Path dir;

    @Test
    void aTeamWithTheLongestIdsIsAddressableAndWalkableToTheEnd() throws Exception {
        String team = "团".repeat(PathIds.MAX_LENGTH);
        String namespace = "队".repeat(PathIds.MAX_LENGTH);
        try (TestServer server = TestServer.start(Database.embedded(dir), dir, 1000)) {
            server.database().transaction(connection -> {
                TeamStore.upsert(connection, new TeamRecord(team, "Long", namespace));
                for (int i = 0; i < 3; i++) {
                    MemberStore.upsert(connection, new MemberRecord(team, "员".repeat(PathIds.MAX_LENGTH - 1) + i, i + "@long.test",
                            null, null, true, false, OffsetDateTime.now().minusMinutes(3 - i)));
                }
                return ApiKeyStore.insertIfAbsent(connection, ApiKeys.newId(), ApiKeys.hash(KEY), team,
                        "员".repeat(PathIds.MAX_LENGTH - 1) + 0, OffsetDateTime.now());
            });
            Api api = server.api();
            for (String spelling : new String[] {team, namespace}) {
                String list = "/teams/" + URLEncoder.encode(spelling, StandardCharsets.UTF_8) + "/users?limit=1";
                Set<String> seen = new HashSet<>();
                String next = list;
                int longest = 0;
                for (int page = 0; page < 10 && next != null; page++) {
                    Api.Reply reply = api.get(next, KEY);
                    assertThat(reply.status()).as("page %d: %s", page, reply.text()).isEqualTo(200);
                    JsonNode body = reply.json();
                    body.path("items").forEach(member -> seen.add(member.at("/user/id").asText()));
                    String cursor = body.path("nextPage").asText(null);
                    longest = Math.max(longest, cursor == null ? 0 : cursor.length());
                    next = cursor == null ? null : list + "&after=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
                }
                assertThat(seen).hasSize(3);
                assertThat(longest).as("the cursors were longer than the 512 characters 'after' took").isGreaterThan(512);
            }
        }
    }

    @Test
    void anIdNoPathCouldCarryIsRefusedWhereItComesIn() {
        try (Database database = Database.inMemory()) {
            for (String id : new String[] {"team/acme", "team%41", "a;b", "..", "x".repeat(PathIds.MAX_LENGTH + 1), "tab\there"}) {
                assertThatThrownBy(() -> database.transaction(connection -> {
                    TeamStore.upsert(connection, new TeamRecord(id, "Name", "ns-" + id.hashCode()));
                    return null;
                })).as(id).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("team id");
            }
        }
    }
}
