package io.github.teamauthkit.reference.admin;

import io.github.teamauthkit.reference.StorageOptions;
import io.github.teamauthkit.reference.store.Database;
import io.github.teamauthkit.reference.store.MemberRecord;
import io.github.teamauthkit.reference.store.MemberStore;
import io.github.teamauthkit.reference.store.TeamStore;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code admin add-member}: adds a user to a team, or updates the member. */
@Command(name = "add-member", mixinStandardHelpOptions = true, description = "Add (or update) a team member.")
final class AddMemberCommand implements Callable<Integer> {

    @Option(names = "--team", required = true, description = "Team id.")
    String team;

    @Option(names = "--user", required = true, description = "User id, e.g. user-bob.")
    String user;

    @Option(names = "--email", required = true, description = "The user's email.")
    String email;

    @Option(names = "--first-name", description = "The user's first name.")
    String firstName;

    @Option(names = "--last-name", description = "The user's last name.")
    String lastName;

    @Option(names = "--admin", description = "Make the member a team admin.")
    boolean admin;

    @Option(names = "--owner", description = "Make the member the team's owner, who cannot be demoted or removed (implies --admin).")
    boolean owner;

    @Mixin
    StorageOptions storage;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Database database = storage.open()) {
            boolean teamExists = database.transaction(connection -> {
                if (TeamStore.find(connection, team).isEmpty()) {
                    return false;
                }
                MemberStore.upsert(connection, new MemberRecord(team, user, email, firstName, lastName, admin || owner, owner,
                        OffsetDateTime.now().truncatedTo(ChronoUnit.MILLIS)));
                return true;
            });
            if (!teamExists) {
                spec.commandLine().getErr().println("No team " + team + "; create it with `admin create-team`.");
                return 3;
            }
        }
        spec.commandLine().getOut().println("Member " + user + " of " + team + " saved" + (admin ? " as admin." : "."));
        return 0;
    }
}
