package io.github.teamauthkit.reference.admin;

import io.github.teamauthkit.reference.StorageOptions;
import io.github.teamauthkit.reference.store.ApiKeyStore;
import io.github.teamauthkit.reference.store.Database;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code admin revoke-key KEY_ID}: revokes a key at once. */
@Command(name = "revoke-key", mixinStandardHelpOptions = true, description = "Revoke an API key by its id (see list-keys).")
final class RevokeKeyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "KEY_ID", description = "The key's id, e.g. key_AbC…; never the key itself.")
    String id;

    @Mixin
    StorageOptions storage;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        boolean revoked;
        try (Database database = storage.open()) {
            revoked = database.transaction(connection -> ApiKeyStore.revoke(connection, id, OffsetDateTime.now(ZoneOffset.UTC)));
        }
        if (!revoked) {
            spec.commandLine().getErr().println("No active key " + id + ".");
            return Refused.EXIT_CODE;
        }
        spec.commandLine().getOut().println("Key " + id + " revoked.");
        return 0;
    }
}
