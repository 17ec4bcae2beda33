package io.github.teamauthkit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code paperspace secrets …}. Values are read from standard input, a file or a prompt; never printed. */
@Command(name = "secrets", mixinStandardHelpOptions = true, description = "List, create, update and delete team secrets.",
        subcommands = {SecretsListCommand.class, SecretsGetCommand.class, SecretsCreateCommand.class, SecretsUpdateCommand.class,
            SecretsDeleteCommand.class})
final class SecretsCommand implements Callable<Integer> {

    @ParentCommand
    PaperspaceCommand root;

    @Mixin
    TeamScope team;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing a subcommand: list, get, create, update or delete");
    }
}
