package io.github.teamauthkit.reference.admin;

import io.github.teamauthkit.reference.StorageOptions;
import io.github.teamauthkit.reference.security.ApiKeys;
import io.github.teamauthkit.reference.store.ApiKeyStore;
import io.github.teamauthkit.reference.store.Database;
import io.github.teamauthkit.reference.store.MemberStore;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code admin create-key}: mints an API key for a member and prints it, the only time it is shown. */
@Command(name = "create-key", mixinStandardHelpOptions = true, description = "Mint an API key for a member; printed once.")
final class CreateKeyCommand implements Callable<Integer> {

    @Option(names = "--team", required = true, description = "Team id.")
    String team;

    @Option(names = "--user", required = true, description = "User id of the member.")
    String user;

    @Mixin
    StorageOptions storage;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String key = ApiKeys.generate();
        String id = ApiKeys.newId();
        try (Database database = storage.open()) {
            boolean member = database.transaction(connection -> {
                if (MemberStore.find(connection, team, user).isEmpty()) {
                    return false;
                }
                ApiKeyStore.insertIfAbsent(connection, id, ApiKeys.hash(key), team, user, OffsetDateTime.now(ZoneOffset.UTC));
                return true;
            });
            if (!member) {
                spec.commandLine().getErr().println("No member " + user + " in team " + team + "; add it with `admin add-member`.");
                return 3;
            }
        }
        spec.commandLine().getErr().println("Created key " + id + " for " + user + " of " + team + ". The key, shown only this once:");
        spec.commandLine().getOut().println(key);
        return 0;
    }
}
