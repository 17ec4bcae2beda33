package io.github.teamauthkit.cli;

import io.github.teamauthkit.client.TeamAuthClient;
import io.github.teamauthkit.client.model.MembershipStatus;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code paperspace members set-admin USER_ID --admin=true|false}. */
@Command(name = "set-admin", mixinStandardHelpOptions = true, description = "Make a member an admin, or not (admins only).")
final class MembersSetAdminCommand implements Callable<Integer> {

    @Parameters(paramLabel = "USER_ID", description = "The member.")
    String userId;

    @Option(names = "--admin", required = true, arity = "1", paramLabel = "true|false", description = "The new admin status.")
    boolean admin;

    @ParentCommand
    MembersCommand members;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TeamAuthClient client = members.client();
        MembershipStatus status = client.members(members.team.resolve(client)).setAdmin(userId, admin);
        members.root.printer().print(spec.commandLine().getOut(), status, List.of("USER ID", "ADMIN", "OWNER"),
                List.of(List.of(Printer.text(userId), Printer.text(status.getIsAdmin()), Printer.text(status.getIsOwner()))));
        return ExitCodes.OK;
    }
}
