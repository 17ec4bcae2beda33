package io.github.teamauthkit.cli;

import io.github.teamauthkit.client.resources.TeamSecretsResource;
import io.github.teamauthkit.client.TeamAuthClient;
import io.github.teamauthkit.client.model.Secret;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The commands that send a secret's value: they read it the same way and print the stored secret. */
abstract class SecretWriteCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", description = "1-128 characters: a letter, then letters, digits and underscores.")
    String name;

    @Mixin
    SecretValue source;

    @ParentCommand
    SecretsCommand secrets;

    @Spec
    CommandSpec spec;

    /** Sends the value and returns the secret as the API answered. */
    abstract Secret send(TeamSecretsResource resource, String name, String value);

    @Override
    public Integer call() throws Exception {
        String value = source.read(name);
        TeamAuthClient client = secrets.client();
        Secret secret = send(client.secrets(secrets.team.resolve(client)), name, value);
        secrets.root.printer().printItem(spec.commandLine().getOut(), secret, SecretColumns.COLUMNS);
        return ExitCodes.OK;
    }
}
