package io.github.teamauthkit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code paperspace team list}: every team with a stored key; the current one is the key in config.json. */
@IgnoresSharedOptions({"--api-key", "--api-url", "--timeout", "--insecure"})
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the teams you have logged in to.")
final class TeamListCommand implements Callable<Integer> {

    @ParentCommand
    TeamCommand team;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PaperspaceCommand root = team.root;
        Map<String, String> keys = new CredentialsFile(root.home()).keys();
        String current = root.config().read().path(ConfigFile.API_KEY).asText(null);
        List<Map<String, Object>> teams = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        keys.forEach((name, key) -> {
            boolean isCurrent = key.equals(current);
            teams.add(Map.of("team", name, "current", isCurrent));
            rows.add(List.of(Printer.text(name), isCurrent ? "*" : ""));
        });
        root.printer().print(spec.commandLine().getOut(), teams, List.of("TEAM", "CURRENT"), rows);
        return ExitCodes.OK;
    }
}
