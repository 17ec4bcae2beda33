package io.github.teamauthkit.contract;

import io.github.teamauthkit.reference.http.ReferenceServer;
import io.github.teamauthkit.reference.security.AuthFailurePolicy;
import io.github.teamauthkit.reference.security.SecretCipher;
import io.github.teamauthkit.reference.store.Database;
import io.github.teamauthkit.reference.store.Seed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A reference server whose team is set up differently from the test server's (where the admin key is the owner's and
 * the only admin): a correct server the kit must pass however its target is set up, and the base of broken servers
 * whose defect only shows on such a team.
 */
final class SeededReferenceServer implements AutoCloseable {

    /** How the checked team's admins are set up. */
    enum Admins {
        /** One admin, the owner (as the test server). */
        OWNER_ALONE("{\"id\": \"user-admin\", \"email\": \"a@kit.test\", \"isOwner\": true, \"apiKeys\": [\"kit-admin-key-0001\"]}"),
        /** One admin and no owner (as the README's fixture, and data from before owners). */
        ONE_ADMIN_NO_OWNER("{\"id\": \"user-admin\", \"email\": \"a@kit.test\", \"isAdmin\": true, \"apiKeys\": [\"kit-admin-key-0001\"]}"),
        /** The admin key's user and a second admin, no owner. */
        TWO_ADMINS_NO_OWNER(ONE_ADMIN_NO_OWNER.admins
                + ", {\"id\": \"user-admin-2\", \"email\": \"b@kit.test\", \"isAdmin\": true, \"apiKeys\": [\"kit-admin-key-0002\"]}"),
        /** The admin key's user is an admin, another user the owner. */
        OWNER_IS_ANOTHER_ADMIN(ONE_ADMIN_NO_OWNER.admins
                + ", {\"id\": \"user-owner\", \"email\": \"o@kit.test\", \"isOwner\": true, \"apiKeys\": [\"kit-owner-key-0001\"]}");

        private final String admins;

        Admins(String admins) {
            this.admins = admins;
        }
    }

    private static final String MASTER_KEY = "master.key";

    /** Holds the master key alone: the database is in memory. */
    private final Path directory;
    private final Database database;
    private final ReferenceServer server;
    private final ContractTarget target;

    SeededReferenceServer(Admins admins) throws IOException {
        this(admins, AuthFailurePolicy.limit(100_000));
    }

    SeededReferenceServer(Admins admins, AuthFailurePolicy authFailures) throws IOException {
        this(fixture(admins), authFailures, new ContractTarget("", "team-kit", "kit-admin-key-0001",
                "kit-member-key-0001", "else-owner-key-0001", "user-disposable", "kit-disposable-key-0001"));
    }

    /**
     * A server seeded from a fixture file, with an auth-failure limit; the target names its team and keys, its base
     * URL is this server's.
     */
    SeededReferenceServer(Path fixture, AuthFailurePolicy authFailures, ContractTarget keys) throws IOException {
        directory = Files.createTempDirectory("kit-seeded-server");
        database = Database.inMemory();
        Seed.apply(database, fixture, Clock.systemUTC());
        server = ReferenceServer.start("127.0.0.1", 0, null, database, SecretCipher.fromKeyFile(directory.resolve(MASTER_KEY)),
                authFailures, Clock.systemUTC());
        target = new ContractTarget(server.baseUri().toString(), keys.teamId(), keys.adminKey(), keys.memberKey(),
                keys.otherTeamKey(), keys.disposableMemberId(), keys.disposableMemberKey());
    }

    private static Path fixture(Admins admins) throws IOException {
        Path fixture = Files.createTempFile("kit-fixture", ".json");
        fixture.toFile().deleteOnExit();
        return Files.writeString(fixture, """
                {"teams": [
                  {"id": "team-kit", "name": "Kit", "namespace": "kit", "members": [%s,
                    {"id": "user-member", "email": "m@kit.test", "isAdmin": false, "apiKeys": ["kit-member-key-0001"]},
                    {"id": "user-disposable", "email": "d@kit.test", "isAdmin": false, "apiKeys": ["kit-disposable-key-0001"]}]},
                  {"id": "team-else", "name": "Else", "namespace": "else", "members": [
                    {"id": "user-else", "email": "e@else.test", "isOwner": true, "apiKeys": ["else-owner-key-0001"]}]}]}
                """.formatted(admins.admins));
    }

    ContractTarget target() {
        return target;
    }

    @Override
    public void close() throws IOException {
        server.close();
        database.close();
        Files.deleteIfExists(directory.resolve(MASTER_KEY));
        Files.deleteIfExists(directory);
    }
}
