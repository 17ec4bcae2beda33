package io.github.teamauthkit.cli;

import io.github.teamauthkit.client.Page;
import io.github.teamauthkit.client.TeamAuthClient;
import io.github.teamauthkit.client.model.TeamMember;
import io.github.teamauthkit.client.model.TeamRole;
import io.github.teamauthkit.client.resources.TeamMembersResource;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code paperspace members list}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the team's members.")
final class MembersListCommand implements Callable<Integer> {

    @ParentCommand
    MembersCommand members;

    @Mixin
    ListOptions list;

    @Option(names = "--role", paramLabel = "ROLE", description = "Only members with this role: owner, admin or member.")
    String role;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TeamAuthClient client = members.client();
        Page<TeamMember> page = client.members(members.team.resolve(client)).list(TeamMembersResource.ListParams.builder()
                .limit(list.limit(spec)).after(list.after).order(list.order()).role(role()).build());
        return list.print(spec, members.root.printer(), page, MemberColumns.COLUMNS, "members");
    }

    private TeamRole role() {
        // The client reads a role it does not know as UNKNOWN_DEFAULT_OPEN_API (new roles must not break it); asked for, it is a mistake.
        TeamRole parsed = role == null ? null : TeamRole.fromValue(role);
        if (parsed == TeamRole.UNKNOWN_DEFAULT_OPEN_API) {
            throw new ParameterException(spec.commandLine(), "--role must be owner, admin or member");
        }
        return parsed;
    }
}
