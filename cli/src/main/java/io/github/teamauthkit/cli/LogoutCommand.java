package io.github.teamauthkit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code paperspace logout}: forgets the cached key; other fields of the config file stay. */
@IgnoresSharedOptions({"--api-key", "--api-url", "--timeout", "--insecure", "--json"})
@Command(name = "logout", mixinStandardHelpOptions = true, description = "Remove the cached API key.")
final class LogoutCommand implements Callable<Integer> {

    @ParentCommand
    PaperspaceCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ConfigFile config = root.config();
        ObjectNode fields = config.read();
        boolean had = fields.remove(ConfigFile.API_KEY) != null;
        fields.remove(ConfigFile.TEAM);
        if (had) {
            config.write(fields);
        }
        spec.commandLine().getErr().println(had ? "Logged out: removed the key from " + config.path() : "No cached key to remove.");
        return ExitCodes.OK;
    }
}
