package io.github.teamauthkit.cli;

import io.github.teamauthkit.client.TeamAuthClient;
import io.github.teamauthkit.client.model.Secret;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code paperspace secrets list}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the team's secrets (names only; values are never returned).")
final class SecretsListCommand implements Callable<Integer> {

    @ParentCommand
    SecretsCommand secrets;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TeamAuthClient client = secrets.root.client();
        String team = secrets.team.resolve(client);
        List<Secret> list = client.secrets(team).list();
        secrets.root.printer().print(spec.commandLine().getOut(), list, SecretRows.HEADERS, SecretRows.of(list));
        return ExitCodes.OK;
    }
}
