package io.github.teamauthkit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code paperspace members …}. */
@Command(name = "members", mixinStandardHelpOptions = true, description = "List team members, change admin status, remove members.",
        subcommands = {MembersListCommand.class, MembersSetAdminCommand.class, MembersRemoveCommand.class})
final class MembersCommand implements Callable<Integer> {

    @ParentCommand
    PaperspaceCommand root;

    @Mixin
    TeamScope team;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing a subcommand: list, set-admin or remove");
    }
}
