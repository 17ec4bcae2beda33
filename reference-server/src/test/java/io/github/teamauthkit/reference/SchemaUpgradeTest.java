package io.github.teamauthkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.teamauthkit.reference.store.ApiKeyStore;
import io.github.teamauthkit.reference.store.Database;
import io.github.teamauthkit.reference.store.KeyHolder;
import io.github.teamauthkit.reference.store.MemberStore;
import io.github.teamauthkit.reference.store.PageRequest;
import io.github.teamauthkit.reference.store.SecretRecord;
import io.github.teamauthkit.reference.store.SecretStore;
import io.github.teamauthkit.reference.store.SessionStore;
import io.github.teamauthkit.reference.security.ApiKeys;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written by 1.x (schema version 1) opens under this version with nothing lost: its
 * teams, members, keys and secrets read back (also through the paged lists), and the new columns
 * take their defaults.
 */
class SchemaUpgradeTest {

    @TempDir
    Path dir;

    @Test
    void anEmbeddedDataDirFrom1xOpensWithNothingLost() throws Exception {
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("teamauth") + ";WRITE_DELAY=0";
        writeVersion1(url, "sa", "");
        try (Database upgraded = Database.embedded(dir)) {
            assertEverythingThere(upgraded);
        }
    }

    @Test
    void aPostgresDatabaseFrom1xOpensWithNothingLost() throws Exception {
        String url = LocalPostgres.get().newDatabase();
        writeVersion1(url, LocalPostgres.USER, "");
        try (Database upgraded = Database.open(url, LocalPostgres.USER, "")) {
            assertEverythingThere(upgraded);
        }
    }

    /**
     * 1.x let a team's namespace be another team's id. Carried over, such a namespace addresses neither team for the
     * keys of the team that has it (its own id still does): a key of that team must never reach the other's data.
     */
    @Test
    void aNamespaceFrom1xThatIsAnotherTeamsIdAddressesNoTeam() throws Exception {
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("teamauth") + ";WRITE_DELAY=0";
        writeVersion1(url, "sa", "");
        try (Connection connection = DriverManager.getConnection(url, "sa", ""); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO team (id, name, namespace) VALUES ('team-squat', 'Squat', 'team-old')");
            sql.execute("INSERT INTO member (team_id, user_id, email, is_admin) VALUES ('team-squat', 'user-squat', 's@squat.test', TRUE)");
            sql.execute("INSERT INTO api_key (id, key_hash, team_id, user_id, created_at) VALUES ('k2', '"
                    + ApiKeys.hash("squat-key-0001") + "', 'team-squat', 'user-squat', TIMESTAMP WITH TIME ZONE '2026-01-02 03:04:05+00')");
        }
        try (Database upgraded = Database.embedded(dir)) {
            KeyHolder squatter = upgraded.read(c -> ApiKeyStore.holder(c, ApiKeys.hash("squat-key-0001"))).orElseThrow().holder();

            assertThat(squatter.addresses("team-squat")).as("its own id").isTrue();
            assertThat(squatter.addresses("team-old")).as("its 1.x namespace, another team's id").isFalse();
        }
    }

    /** The 1.x schema, migrated by 1.x's only migration, with one row of everything. */
    private static void writeVersion1(String url, String user, String password) throws Exception {
        Flyway.configure().dataSource(url, user, password).target("1").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, password); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO team (id, name, namespace) VALUES ('team-old', 'Old', 'old')");
            sql.execute("INSERT INTO member (team_id, user_id, email, first_name, last_name, is_admin) "
                    + "VALUES ('team-old', 'user-old', 'old@old.test', 'Old', 'Admin', TRUE)");
            sql.execute("INSERT INTO api_key (id, key_hash, team_id, user_id, created_at) VALUES ('k1', '"
                    + ApiKeys.hash("old-key-0001") + "', 'team-old', 'user-old', TIMESTAMP WITH TIME ZONE '2026-01-02 03:04:05+00')");
            sql.execute("INSERT INTO secret (team_id, name, ciphertext, created_at, updated_at) VALUES ('team-old', 'OLD_TOKEN', "
                    + "'c2VhbGVk', TIMESTAMP WITH TIME ZONE '2026-01-02 03:04:05+00', TIMESTAMP WITH TIME ZONE '2026-02-03 04:05:06+00')");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }

    private static void assertEverythingThere(Database database) {
        database.transaction(c -> {
            assertThat(MemberStore.page(c, "team-old", null, new PageRequest(true, null, 10)).items()).singleElement()
                    .satisfies(member -> {
                        assertThat(member.email()).isEqualTo("old@old.test");
                        assertThat(member.admin()).isTrue();
                        assertThat(member.owner()).as("1.x recorded no owner").isFalse();
                        assertThat(member.joinedAt()).as("1.x recorded no join time").isNull();
                    });
            assertThat(SecretStore.page(c, "team-old", new PageRequest(false, null, 10)).items())
                    .extracting(SecretRecord::name).containsExactly("OLD_TOKEN");
            assertThat(SessionStore.memberships(c, "user-old")).singleElement().satisfies(membership ->
                    assertThat(membership.teamCreatedAt().toInstant()).as("a 1.x team dates from its first key")
                            .hasToString("2026-01-02T03:04:05Z"));
            assertThat(ApiKeyStore.holder(c, ApiKeys.hash("old-key-0001"))).hasValueSatisfying(found ->
                    assertThat(found.holder().userId()).isEqualTo("user-old"));
            assertThat(SecretStore.find(c, "team-old", "OLD_TOKEN")).hasValueSatisfying(secret -> {
                assertThat(secret.createdAt().toInstant()).hasToString("2026-01-02T03:04:05Z");
                assertThat(secret.modifiedAt().toInstant()).hasToString("2026-02-03T04:05:06Z");
            });
            return null;
        });
    }
}
