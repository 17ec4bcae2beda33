package io.github.teamauthkit.client;

import io.github.teamauthkit.client.internal.Operations;
import io.github.teamauthkit.client.model.TeamMember;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A team's members, asynchronously. Failures complete the future with a {@code TeamAuthException}. */
public final class AsyncMembersResource {

    private final Operations operations;
    private final String teamId;
    private final RequestOptions options;

    AsyncMembersResource(Operations operations, String teamId, RequestOptions options) {
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
    public AsyncMembersResource withOptions(RequestOptions options) {
        return new AsyncMembersResource(operations, teamId, options);
    }

    /** @return the team's members */
    public CompletableFuture<List<TeamMember>> list() {
        return operations.runAsync(operations.listMembers(teamId), options).thenApply(RawResponse::data);
    }

    /**
     * Makes a member an admin, or not (admins only; the last admin cannot be demoted).
     *
     * @param userId the member
     * @param admin  the new status
     * @return the member
     */
    public CompletableFuture<TeamMember> setAdmin(String userId, boolean admin) {
        return operations.runAsync(operations.setAdmin(teamId, userId, admin), options).thenApply(RawResponse::data);
    }

    /**
     * Removes a member and revokes its keys (admins, or the member itself; not the last admin).
     *
     * @param userId the member
     * @return completes when removed
     */
    public CompletableFuture<Void> remove(String userId) {
        return operations.runAsync(operations.removeMember(teamId, userId), options).thenApply(RawResponse::data);
    }
}
