package io.github.teamauthkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.teamauthkit.reference.http.ReferenceServer;
import io.github.teamauthkit.reference.security.AuthFailurePolicy;
import io.github.teamauthkit.reference.security.SecretCipher;
import io.github.teamauthkit.reference.store.ApiKeyStore;
import io.github.teamauthkit.reference.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key revoked while every server holds it in its cache is refused on its very next request, on each of them. */
class RevocationTest {

    private static final String USERS = "/teams/team-acme/users";

    @TempDir
    Path dir;

    @Test
    void aKeyRevokedWhileHotInTheCacheIsRefusedOnItsNextRequestOnEveryServer() throws Exception {
        Database database = Database.embedded(dir);
        try (TestServer first = TestServer.start(database, dir, 1000);
                ReferenceServer second = ReferenceServer.start("127.0.0.1", 0, null, database,
                        SecretCipher.fromKeyFile(dir.resolve("master.key")), AuthFailurePolicy.limit(1000), Clock.systemUTC())) {
            Api one = first.api();
            Api two = new Api(second.baseUri());
            // Used on both just before: each server's cache holds the key as valid.
            assertThat(one.get(USERS, Api.BOB).status()).isEqualTo(200);
            assertThat(two.get(USERS, Api.BOB).status()).isEqualTo(200);

            String bobsKey = database.transaction(connection -> ApiKeyStore.list(connection, "team-acme")).stream()
                    .filter(key -> key.userId().equals("user-bob")).findFirst().orElseThrow().id();
            boolean revoked = database.transaction(connection ->
                    ApiKeyStore.revoke(connection, bobsKey, OffsetDateTime.now(ZoneOffset.UTC)));
            assertThat(revoked).isTrue();

            assertThat(one.get(USERS, Api.BOB).status()).as("the next request, on the server that revoked it").isEqualTo(401);
            assertThat(two.get(USERS, Api.BOB).status()).as("the next request, on the other server").isEqualTo(401);
            assertThat(one.get(USERS, Api.ALICE).status()).as("another key").isEqualTo(200);
        }
    }
}
