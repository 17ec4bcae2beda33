package io.github.teamauthkit.reference.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * A team answers to its id and its namespace in paths, so the two never collide across teams: refused with one
 * clear message by the store, and by the database's primary key for writers that race past the check.
 */
class TeamAddressTest {

    @Test
    void aNamespaceMayNotBeAnotherTeamsIdOrNamespace() {
        try (Database database = Database.inMemory()) {
            upsert(database, new TeamRecord("team-acme", "Acme", "acme"));

            assertThatThrownBy(() -> upsert(database, new TeamRecord("team-b", "B", "team-acme")))
                    .hasMessage("team team-b: the namespace team-acme is already the id or namespace of team team-acme "
                            + "(ids and namespaces address teams, so they never repeat)");
            assertThatThrownBy(() -> upsert(database, new TeamRecord("acme", "B", "b")))
                    .hasMessageStartingWith("team acme: the id acme is already the id or namespace of team team-acme");
            assertThatThrownBy(() -> upsert(database, new TeamRecord("team-b", "B", "acme")))
                    .hasMessageStartingWith("team team-b: the namespace acme is already");
            // A team's namespace may be its own id.
            upsert(database, new TeamRecord("team-c", "C", "team-c"));
        }
    }

    @Test
    void theDatabaseRefusesACollisionThatGetsPastTheCheck() {
        try (Database database = Database.inMemory()) {
            upsert(database, new TeamRecord("team-acme", "Acme", "acme"));

            assertThatThrownBy(() -> database.transaction(connection -> Jdbc.update(connection,
                    "INSERT INTO team_address (address, team_id) VALUES ('acme', 'team-acme')")))
                    .isInstanceOf(StoreException.class);
        }
    }

    @Test
    void aRenamedNamespaceNoLongerAddressesTheTeamAndIsFreeForOthers() {
        try (Database database = Database.inMemory()) {
            upsert(database, new TeamRecord("team-acme", "Acme", "acme"));
            database.transaction(connection -> {
                MemberStore.upsert(connection, new MemberRecord("team-acme", "user-alice", "alice@acme.test", null, null, true, true,
                        OffsetDateTime.now()));
                return ApiKeyStore.insertIfAbsent(connection, "key-1", "hash-1", "team-acme", "user-alice", OffsetDateTime.now());
            });
            KeyHolder.AtEpoch before = database.read(connection -> ApiKeyStore.holder(connection, "hash-1")).orElseThrow();
            assertThat(before.holder().addresses("acme")).isTrue();

            upsert(database, new TeamRecord("team-acme", "Acme", "acme-renamed"));

            KeyHolder.AtEpoch after = database.read(connection -> ApiKeyStore.holder(connection, "hash-1")).orElseThrow();
            assertThat(after.holder().addresses("acme")).isFalse();
            assertThat(after.holder().addresses("acme-renamed")).isTrue();
            assertThat(after.epoch()).as("cached lookups under the old namespace go stale").isNotEqualTo(before.epoch());
            upsert(database, new TeamRecord("team-b", "B", "acme"));
        }
    }

    private static void upsert(Database database, TeamRecord team) {
        database.transaction(connection -> {
            TeamStore.upsert(connection, team);
            return null;
        });
    }
}
