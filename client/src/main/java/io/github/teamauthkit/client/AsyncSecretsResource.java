package io.github.teamauthkit.client;

import io.github.teamauthkit.client.internal.Operations;
import io.github.teamauthkit.client.model.Secret;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A team's secrets, asynchronously. Failures complete the future with a {@code TeamAuthException}. */
public final class AsyncSecretsResource {

    private final Operations operations;
    private final String teamId;
    private final RequestOptions options;

    AsyncSecretsResource(Operations operations, String teamId, RequestOptions options) {
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
    public AsyncSecretsResource withOptions(RequestOptions options) {
        return new AsyncSecretsResource(operations, teamId, options);
    }

    /** @return the team's secrets (metadata only) */
    public CompletableFuture<List<Secret>> list() {
        return operations.runAsync(operations.listSecrets(teamId), options).thenApply(RawResponse::data);
    }

    /**
     * Creates a secret (admins only).
     *
     * @param name  1-128 characters, a letter first, then letters, digits and underscores
     * @param value 1-8192 characters; never returned
     * @return the created secret's metadata
     */
    public CompletableFuture<Secret> create(String name, String value) {
        return operations.runAsync(operations.createSecret(teamId, name, value), options).thenApply(RawResponse::data);
    }

    /**
     * A secret's metadata.
     *
     * @param name the secret's name
     * @return the metadata
     */
    public CompletableFuture<Secret> get(String name) {
        return operations.runAsync(operations.getSecret(teamId, name), options).thenApply(RawResponse::data);
    }

    /**
     * Replaces a secret's value (admins only).
     *
     * @param name  the secret's name
     * @param value the new value
     * @return the secret's metadata
     */
    public CompletableFuture<Secret> update(String name, String value) {
        return operations.runAsync(operations.updateSecret(teamId, name, value), options).thenApply(RawResponse::data);
    }

    /**
     * Deletes a secret (admins only).
     *
     * @param name the secret's name
     * @return completes when deleted
     */
    public CompletableFuture<Void> delete(String name) {
        return operations.runAsync(operations.deleteSecret(teamId, name), options).thenApply(RawResponse::data);
    }
}
