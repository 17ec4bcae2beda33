package io.github.teamauthkit.client;

import io.github.teamauthkit.client.internal.Operations;
import io.github.teamauthkit.client.model.TeamMember;
import java.util.List;

/** A team's members. Errors are thrown as {@code TeamAuthException} subclasses. */
public final class MembersResource {

    private final Operations operations;
    private final String teamId;
    private final RequestOptions options;

    MembersResource(Operations operations, String teamId, RequestOptions options) {
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
    public MembersResource withOptions(RequestOptions options) {
        return new MembersResource(operations, teamId, options);
    }

    /** @return the same calls, answering status, headers and data */
    public RawMembersResource withRawResponse() {
        return new RawMembersResource(operations, teamId, options);
    }

    /** @return the team's members */
    public List<TeamMember> list() {
        return operations.run(operations.listMembers(teamId), options).data();
    }

    /**
     * Makes a member an admin, or not (admins only; the last admin cannot be demoted).
     *
     * @param userId the member
     * @param admin  the new status
     * @return the member
     */
    public TeamMember setAdmin(String userId, boolean admin) {
        return operations.run(operations.setAdmin(teamId, userId, admin), options).data();
    }

    /**
     * Removes a member and revokes its keys (admins, or the member itself; not the last admin).
     *
     * @param userId the member
     */
    public void remove(String userId) {
        operations.run(operations.removeMember(teamId, userId), options);
    }
}
