package io.github.teamauthkit.reference.admin;

import io.github.teamauthkit.reference.StorageOptions;
import io.github.teamauthkit.reference.store.ApiKeyRecord;
import io.github.teamauthkit.reference.store.ApiKeyStore;
import io.github.teamauthkit.reference.store.Database;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code admin list-keys --team T}: the team's keys by id and owner; the keys themselves are not stored. */
@Command(name = "list-keys", mixinStandardHelpOptions = true, description = "List a team's API keys (ids, never the keys).")
final class ListKeysCommand implements Callable<Integer> {

    @Mixin
    TeamAddress team;

    @Mixin
    StorageOptions storage;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<ApiKeyRecord> keys;
        try (Database database = storage.open()) {
            keys = database.transaction(connection -> ApiKeyStore.list(connection, team.id(connection)));
        } catch (Refused refused) {
            spec.commandLine().getErr().println(refused.getMessage());
            return Refused.EXIT_CODE;
        }
        spec.commandLine().getOut().printf("%-22s %-24s %-30s %s%n", "ID", "USER", "CREATED", "REVOKED");
        for (ApiKeyRecord key : keys) {
            spec.commandLine().getOut().printf("%-22s %-24s %-30s %s%n", key.id(), key.userId(), key.createdAt(),
                    key.revokedAt() == null ? "-" : key.revokedAt());
        }
        return 0;
    }
}
