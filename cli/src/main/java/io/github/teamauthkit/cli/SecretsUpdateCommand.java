package io.github.teamauthkit.cli;

import io.github.teamauthkit.client.TeamAuthClient;
import io.github.teamauthkit.client.model.Secret;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code paperspace secrets update NAME}. */
@Command(name = "update", mixinStandardHelpOptions = true, description = "Replace a secret's value (admins only); the value comes from --value-file, standard input or a prompt.")
final class SecretsUpdateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", description = "1-128 characters: a letter, then letters, digits and underscores.")
    String name;

    @Mixin
    SecretValue source;

    @ParentCommand
    SecretsCommand secrets;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String value = source.read(name);
        TeamAuthClient client = secrets.root.client();
        String team = secrets.team.resolve(client);
        Secret secret = client.secrets(team).update(name, value);
        secrets.root.printer().print(spec.commandLine().getOut(), secret, SecretRows.HEADERS, SecretRows.of(List.of(secret)));
        return ExitCodes.OK;
    }
}
