package io.github.teamauthkit.client;

import io.github.teamauthkit.client.internal.Operations;
import io.github.teamauthkit.client.model.Secret;
import java.util.List;

/** {@link SecretsResource}'s calls, answering status and headers with the data. */
public final class RawSecretsResource {

    private final Operations operations;
    private final String teamId;
    private final RequestOptions options;

    RawSecretsResource(Operations operations, String teamId, RequestOptions options) {
        this.operations = operations;
        this.teamId = teamId;
        this.options = options;
    }

    /** @return the team's secrets */
    public RawResponse<List<Secret>> list() {
        return operations.run(operations.listSecrets(teamId), options);
    }

    /**
     * Creates a secret.
     *
     * @param name  the name
     * @param value the value
     * @return the 201 response
     */
    public RawResponse<Secret> create(String name, String value) {
        return operations.run(operations.createSecret(teamId, name, value), options);
    }

    /**
     * A secret's metadata.
     *
     * @param name the name
     * @return the response
     */
    public RawResponse<Secret> get(String name) {
        return operations.run(operations.getSecret(teamId, name), options);
    }

    /**
     * Replaces a secret's value.
     *
     * @param name  the name
     * @param value the new value
     * @return the response
     */
    public RawResponse<Secret> update(String name, String value) {
        return operations.run(operations.updateSecret(teamId, name, value), options);
    }

    /**
     * Deletes a secret.
     *
     * @param name the name
     * @return the 204 response
     */
    public RawResponse<Void> delete(String name) {
        return operations.run(operations.deleteSecret(teamId, name), options);
    }
}
