package io.github.teamauthkit.client;

import io.github.teamauthkit.client.internal.Operations;
import io.github.teamauthkit.client.model.TeamMember;
import java.util.List;

/** {@link MembersResource}'s calls, answering status and headers with the data. */
public final class RawMembersResource {

    private final Operations operations;
    private final String teamId;
    private final RequestOptions options;

    RawMembersResource(Operations operations, String teamId, RequestOptions options) {
        this.operations = operations;
        this.teamId = teamId;
        this.options = options;
    }

    /** @return the team's members */
    public RawResponse<List<TeamMember>> list() {
        return operations.run(operations.listMembers(teamId), options);
    }

    /**
     * Sets a member's admin status.
     *
     * @param userId the member
     * @param admin  the new status
     * @return the response
     */
    public RawResponse<TeamMember> setAdmin(String userId, boolean admin) {
        return operations.run(operations.setAdmin(teamId, userId, admin), options);
    }

    /**
     * Removes a member.
     *
     * @param userId the member
     * @return the 204 response
     */
    public RawResponse<Void> remove(String userId) {
        return operations.run(operations.removeMember(teamId, userId), options);
    }
}
