package io.github.teamauthkit.cli;

import io.github.teamauthkit.client.TeamAuthClient;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code paperspace members remove USER_ID}: asks first unless --yes. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Remove a member from the team and revoke its keys (admins, or the member itself).")
final class MembersRemoveCommand implements Callable<Integer> {

    @Parameters(paramLabel = "USER_ID", description = "The member.")
    String userId;

    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation.")
    boolean yes;

    @ParentCommand
    MembersCommand members;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TeamAuthClient client = members.client();
        String team = members.team.resolve(client);
        return members.confirmThen(spec, yes, "Remove " + userId + " from " + team + "?", "removed", userId, team,
                () -> client.members(team).remove(userId));
    }
}
