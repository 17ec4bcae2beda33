package io.github.teamauthkit.cli;

import io.github.teamauthkit.client.model.Session;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code paperspace team use TEAM}: makes a team with a stored key the current one, where
 * Paperspace's CLI and the older tools read it too. The team by its namespace (as keys are stored)
 * or its id (then each stored key's session says which team it belongs to).
 */
@IgnoresSharedOptions({"--api-key", "--json"})
@Command(name = "use", mixinStandardHelpOptions = true, description = "Make commands use this team's stored key.")
final class TeamUseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TEAM", description = "The team's namespace, as `team list` shows it, or its id.")
    String name;

    @ParentCommand
    TeamCommand team;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PaperspaceCommand root = team.root;
        LoginFiles logins = root.logins();
        Map<String, String> keys = logins.keys();
        String namespace = keys.containsKey(name) ? name : namespaceOfTeamId(root, keys).orElseThrow(() -> new UserError(
                "no stored key for team " + Printer.text(name) + "; run `paperspace login` with a key of that team"));
        root.client(keys.get(namespace)).session().orElseThrow(() ->
                new UserError("the API answered no session for the key of " + Printer.text(namespace)));
        logins.use(namespace);
        spec.commandLine().getErr().println("Now using team " + Printer.text(namespace) + ".");
        return ExitCodes.OK;
    }

    private Optional<String> namespaceOfTeamId(PaperspaceCommand root, Map<String, String> keys) {
        return keys.entrySet().stream().filter(entry -> root.client(entry.getValue()).session().map(Session::getTeam)
                .map(team -> name.equals(team.getId())).orElse(false)).map(Map.Entry::getKey).findFirst();
    }
}
