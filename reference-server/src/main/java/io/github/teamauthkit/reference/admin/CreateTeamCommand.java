package io.github.teamauthkit.reference.admin;

import io.github.teamauthkit.reference.StorageOptions;
import io.github.teamauthkit.reference.store.Database;
import io.github.teamauthkit.reference.store.TeamRecord;
import io.github.teamauthkit.reference.store.TeamStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code admin create-team}: creates a team, or renames an existing one. */
@Command(name = "create-team", mixinStandardHelpOptions = true, description = "Create (or update) a team.")
final class CreateTeamCommand implements Callable<Integer> {

    @Option(names = "--id", required = true, description = "Team id, e.g. team-acme.")
    String id;

    @Option(names = "--name", required = true, description = "Display name.")
    String name;

    @Option(names = "--namespace", required = true, description = "Unique short name; addresses the team in paths as its id does, "
            + "so it may not be another team's id or namespace.")
    String namespace;

    @Mixin
    StorageOptions storage;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Database database = storage.open()) {
            database.transaction(connection -> {
                TeamStore.upsert(connection, new TeamRecord(id, name, namespace));
                return null;
            });
        } catch (IllegalArgumentException taken) {
            // The id or namespace already addresses another team: the same exit code as the other refusals.
            spec.commandLine().getErr().println(taken.getMessage() + ".");
            return Refused.EXIT_CODE;
        }
        spec.commandLine().getOut().println("Team " + id + " saved.");
        return 0;
    }
}
