package io.github.teamauthkit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code paperspace team …}: the teams whose keys `login` stored, and which one commands use; {@link CommandTree} adds its
 * subcommands.
 */
@IgnoresSharedOptions({"--api-key", "--api-url", "--timeout", "--insecure", "--json"})
@Command(name = "team", mixinStandardHelpOptions = true, description = "List the teams you have logged in to, switch between them.")
final class TeamCommand implements Callable<Integer> {

    @ParentCommand
    PaperspaceCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw TeamCommandGroup.missingSubcommand(spec);
    }
}
