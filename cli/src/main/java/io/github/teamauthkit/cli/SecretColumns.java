package io.github.teamauthkit.cli;

import io.github.teamauthkit.client.model.Secret;
import java.util.List;
import java.util.Map;

/** How secrets look in a table: every field of the spec's {@code Secret} (there is no value to show). */
final class SecretColumns {

    static final Columns<Secret> COLUMNS = ModelColumns.of(Secret.class, List.of("name", "dtCreated"),
            Map.of("dtCreated", "CREATED", "dtModified", "MODIFIED", "hasDeploymentAttached", "DEPLOYMENT"));

    private SecretColumns() {
    }
}
