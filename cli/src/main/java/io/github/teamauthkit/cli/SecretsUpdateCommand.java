package io.github.teamauthkit.cli;

import io.github.teamauthkit.client.resources.TeamSecretsResource;
import io.github.teamauthkit.client.model.Secret;
import picocli.CommandLine.Command;

/** {@code paperspace secrets update NAME}. */
@Command(name = "update", mixinStandardHelpOptions = true, description = "Replace a secret's value (admins only); the value comes from --value-file, standard input or a prompt.")
final class SecretsUpdateCommand extends SecretWriteCommand {

    @Override
    Secret send(TeamSecretsResource resource, String name, String value) {
        return resource.update(name, value);
    }
}
