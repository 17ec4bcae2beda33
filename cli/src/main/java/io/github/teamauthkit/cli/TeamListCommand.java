package io.github.teamauthkit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code paperspace team list}: every team with a stored key; the current one is config.toml's team, as for pspace. */
@IgnoresSharedOptions({"--api-key", "--api-url", "--timeout", "--insecure"})
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the teams you have logged in to.")
final class TeamListCommand implements Callable<Integer> {

    @ParentCommand
    TeamCommand team;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LoginFiles logins = team.root.logins();
        String current = logins.currentTeam().orElse(null);
        List<Map<String, Object>> teams = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        logins.keys().keySet().forEach(name -> {
            boolean isCurrent = name.equals(current);
            teams.add(Map.of("team", name, "current", isCurrent));
            rows.add(List.of(Printer.text(name), isCurrent ? "*" : ""));
        });
        team.root.printer().print(spec.commandLine().getOut(), teams, List.of("TEAM", "CURRENT"), rows);
        return ExitCodes.OK;
    }
}
