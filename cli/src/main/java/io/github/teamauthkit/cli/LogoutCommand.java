package io.github.teamauthkit.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code paperspace logout}: forgets the current team's key, as Paperspace's CLI does, and the older
 * tools' copy of it; other teams' keys and other settings stay.
 */
@IgnoresSharedOptions({"--api-key", "--api-url", "--timeout", "--insecure", "--json"})
@Command(name = "logout", mixinStandardHelpOptions = true, description = "Remove the current team's stored API key.")
final class LogoutCommand implements Callable<Integer> {

    @ParentCommand
    PaperspaceCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LoginFiles logins = root.logins();
        Optional<String> team;
        try {
            team = logins.forgetCurrent();
        } catch (IllegalStateException none) {
            spec.commandLine().getErr().println("No stored key to remove.");
            return ExitCodes.OK;
        }
        spec.commandLine().getErr().println(team.map(name -> "Logged out of team " + Printer.text(name) + ": removed its key from "
                + logins.credentialsFile().getParent() + ".").orElse("Logged out: removed the key from config.json."));
        return ExitCodes.OK;
    }
}
