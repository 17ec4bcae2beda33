package io.github.teamauthkit.cli;

import io.github.teamauthkit.client.resources.TeamSecretsResource;
import io.github.teamauthkit.client.model.Secret;
import picocli.CommandLine.Command;

/** {@code paperspace secrets create NAME}. */
@Command(name = "create", mixinStandardHelpOptions = true, description = "Create a secret (admins only); the value comes from --value-file, standard input or a prompt.")
final class SecretsCreateCommand extends SecretWriteCommand {

    @Override
    Secret send(TeamSecretsResource resource, String name, String value) {
        return resource.create(name, value);
    }
}
