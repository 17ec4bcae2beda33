package io.github.teamauthkit.cli;

import io.github.teamauthkit.client.model.Secret;

/** How secrets look in a table; there is no value to show. */
final class SecretColumns {

    static final Columns<Secret> COLUMNS = new Columns<Secret>()
            .column("name", "NAME", Secret::getName)
            .column("dtCreated", "CREATED", Secret::getDtCreated)
            .extra("dtModified", "MODIFIED", Secret::getDtModified)
            .extra("hasDeploymentAttached", "DEPLOYMENT", Secret::getHasDeploymentAttached);

    private SecretColumns() {
    }
}
