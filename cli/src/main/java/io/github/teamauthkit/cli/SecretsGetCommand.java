package io.github.teamauthkit.cli;

import io.github.teamauthkit.client.TeamAuthClient;
import io.github.teamauthkit.client.model.Secret;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code paperspace secrets get}. */
@Command(name = "get", mixinStandardHelpOptions = true, description = "Show a secret's metadata.")
final class SecretsGetCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", description = "The secret's name.")
    String name;

    @ParentCommand
    SecretsCommand secrets;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TeamAuthClient client = secrets.client();
        String team = secrets.team.resolve(client);
        Secret secret = client.secrets(team).get(name);
        secrets.root.printer().printItem(spec.commandLine().getOut(), secret, SecretColumns.COLUMNS);
        return ExitCodes.OK;
    }
}
