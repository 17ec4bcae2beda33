package io.github.teamauthkit.cli;

import io.github.teamauthkit.client.TeamAuthClient;
import io.github.teamauthkit.client.model.TeamMember;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code paperspace members list}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the team's members.")
final class MembersListCommand implements Callable<Integer> {

    @ParentCommand
    MembersCommand members;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TeamAuthClient client = members.root.client();
        List<TeamMember> list = client.members(members.team.resolve(client)).list();
        members.root.printer().print(spec.commandLine().getOut(), list, MemberRows.HEADERS, MemberRows.of(list));
        return ExitCodes.OK;
    }
}
