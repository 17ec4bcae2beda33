package io.github.teamauthkit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.teamauthkit.client.model.Session;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code paperspace team use NAME}: makes that team's stored key the current one, in
 * {@code ~/.paperspace/config.json} where paperspace-node and gradient read it too.
 */
@IgnoresSharedOptions({"--api-key", "--json"})
@Command(name = "use", mixinStandardHelpOptions = true, description = "Make commands use this team's stored key.")
final class TeamUseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TEAM", description = "The team's namespace, as `team list` shows it.")
    String name;

    @ParentCommand
    TeamCommand team;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PaperspaceCommand root = team.root;
        String key = new CredentialsFile(root.home()).keys().get(name);
        if (key == null) {
            throw new UserError("no stored key for team " + Printer.text(name) + "; run `paperspace login` with a key of that team");
        }
        Session session = root.client(key).session().orElseThrow(() ->
                new UserError("the API answered no session for the key of " + Printer.text(name)));
        ConfigFile config = root.config();
        ObjectNode fields = config.read();
        fields.put(ConfigFile.API_KEY, key);
        fields.put(ConfigFile.TEAM, session.getTeam() == null ? null : session.getTeam().getId());
        config.write(fields);
        spec.commandLine().getErr().println("Now using team " + Printer.text(name) + ".");
        return ExitCodes.OK;
    }
}
