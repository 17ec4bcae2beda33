package io.github.teamauthkit.client;

import io.github.teamauthkit.client.internal.Operations;
import io.github.teamauthkit.client.model.Secret;
import java.util.List;

/**
 * A team's secrets. Values go in and never come back: every call returns metadata only. Errors are
 * thrown as {@code TeamAuthException} subclasses.
 */
public final class SecretsResource {

    private final Operations operations;
    private final String teamId;
    private final RequestOptions options;

    SecretsResource(Operations operations, String teamId, RequestOptions options) {
        this.operations = operations;
        this.teamId = teamId;
        this.options = options;
    }

    /**
     * The same resource with per-call overrides.
     *
     * @param options the overrides
     * @return a new resource
     */
    public SecretsResource withOptions(RequestOptions options) {
        return new SecretsResource(operations, teamId, options);
    }

    /** @return the same calls, answering status, headers and data */
    public RawSecretsResource withRawResponse() {
        return new RawSecretsResource(operations, teamId, options);
    }

    /** @return the team's secrets (metadata only) */
    public List<Secret> list() {
        return operations.run(operations.listSecrets(teamId), options).data();
    }

    /**
     * Creates a secret (admins only).
     *
     * @param name  1-128 characters, a letter first, then letters, digits and underscores
     * @param value 1-8192 characters; never returned
     * @return the created secret's metadata
     */
    public Secret create(String name, String value) {
        return operations.run(operations.createSecret(teamId, name, value), options).data();
    }

    /**
     * A secret's metadata.
     *
     * @param name the secret's name
     * @return the metadata
     */
    public Secret get(String name) {
        return operations.run(operations.getSecret(teamId, name), options).data();
    }

    /**
     * Replaces a secret's value (admins only).
     *
     * @param name  the secret's name
     * @param value the new value
     * @return the secret's metadata
     */
    public Secret update(String name, String value) {
        return operations.run(operations.updateSecret(teamId, name, value), options).data();
    }

    /**
     * Deletes a secret (admins only).
     *
     * @param name the secret's name
     */
    public void delete(String name) {
        operations.run(operations.deleteSecret(teamId, name), options);
    }
}
