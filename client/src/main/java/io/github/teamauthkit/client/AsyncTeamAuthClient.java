package io.github.teamauthkit.client;

import io.github.teamauthkit.client.internal.Operations;
import io.github.teamauthkit.client.model.Session;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** {@link TeamAuthClient}'s calls, answering {@link CompletableFuture}s; get one from {@link TeamAuthClient#async()}. */
public final class AsyncTeamAuthClient {

    private final Operations operations;

    AsyncTeamAuthClient(Operations operations) {
        this.operations = operations;
    }

    /** @return who the key belongs to; empty when the API answers {@code null} */
    public CompletableFuture<Optional<Session>> session() {
        return operations.runAsync(operations.getSession(), RequestOptions.none()).thenApply(response -> Optional.ofNullable(response.data()));
    }

    /**
     * A team's members.
     *
     * @param teamId the team
     * @return the resource
     */
    public AsyncMembersResource members(String teamId) {
        return new AsyncMembersResource(operations, teamId, RequestOptions.none());
    }

    /**
     * A team's secrets.
     *
     * @param teamId the team
     * @return the resource
     */
    public AsyncSecretsResource secrets(String teamId) {
        return new AsyncSecretsResource(operations, teamId, RequestOptions.none());
    }
}
