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

    @Mixin
    TeamAddress team;

    @Option(names = "--user", required = true, description = "User id of the member.")
    String user;

    @Mixin
    StorageOptions storage;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String key = ApiKeys.generate();
        String keyId = ApiKeys.newId();
        String teamId;
        try (Database database = storage.open()) {
            teamId = database.transaction(connection -> {
                String id = team.id(connection);
                if (MemberStore.find(connection, id, user).isEmpty()) {
                    throw new Refused("No member " + user + " in team " + team.address + "; add it with `admin add-member`.");
                }
                ApiKeyStore.insertIfAbsent(connection, keyId, ApiKeys.hash(key), id, user, OffsetDateTime.now(ZoneOffset.UTC));
                return id;
            });
        } catch (Refused refused) {
            spec.commandLine().getErr().println(refused.getMessage());
            return Refused.EXIT_CODE;
        }
        spec.commandLine().getErr().println("Created key " + keyId + " for " + user + " of " + teamId + ". The key, shown only this once:");
        spec.commandLine().getOut().println(key);
        return 0;
    }
}
