package io.github.teamauthkit.cli;

import io.github.teamauthkit.client.TeamAuthClient;
import java.util.Map;
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
        TeamAuthClient client = members.root.client();
        String team = members.team.resolve(client);
        if (!yes && !Terminal.confirm("Remove " + userId + " from " + team + "?")) {
            spec.commandLine().getErr().println("Not removed.");
            return ExitCodes.OK;
        }
        client.members(team).remove(userId);
        if (members.root.printer().json()) {
            members.root.printer().print(spec.commandLine().getOut(), Map.of("removed", userId, "team", team), null, null);
        } else {
            spec.commandLine().getOut().println("Removed " + userId + " from " + team + ".");
        }
        return ExitCodes.OK;
    }
}
