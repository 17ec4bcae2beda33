package io.github.teamauthkit.reference.impl;

import io.github.teamauthkit.reference.store.Database;
import io.github.teamauthkit.reference.store.MemberRecord;
import io.github.teamauthkit.reference.store.MemberStore;
import io.github.teamauthkit.reference.store.TeamStore;
import io.github.teamauthkit.server.api.TeamMembersApi;
import io.github.teamauthkit.server.model.TeamMember;
import io.github.teamauthkit.server.model.TeamMemberUpdate;
import io.github.teamauthkit.server.runtime.ApiErrorException;
import io.github.teamauthkit.server.runtime.ErrorCode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Team members. Access was checked before the request got here; this enforces that the owner stays
 * and a team keeps at least one admin, under a lock on the team so concurrent requests cannot both
 * pass the check.
 *
 * @see TeamMembersApi
 */
public final class TeamMembersApiImpl implements TeamMembersApi {

    private final Database database;

    /**
     * Creates the resource.
     *
     * @param database the store
     */
    public TeamMembersApiImpl(Database database) {
        this.database = database;
    }

    @Override
    public List<TeamMember> listTeamMembers(String teamId) {
        return database.transaction(connection ->
                MemberStore.list(connection, teamId).stream().map(TeamMembersApiImpl::toModel).toList());
    }

    @Override
    public TeamMember updateTeamMember(String teamId, String userId, TeamMemberUpdate update) {
        return database.transaction(connection -> {
            TeamStore.lock(connection, teamId);
            MemberRecord member = existing(connection, teamId, userId);
            if (update.getIsAdmin() == null || update.getIsAdmin() == member.admin()) {
                return toModel(member);
            }
            if (!update.getIsAdmin()) {
                requireNotOwner(member, "demoted");
                requireAnotherAdmin(connection, member);
            }
            MemberRecord changed = member.withAdmin(update.getIsAdmin());
            MemberStore.upsert(connection, changed);
            return toModel(changed);
        });
    }

    @Override
    public void removeTeamMember(String teamId, String userId) {
        database.transaction(connection -> {
            TeamStore.lock(connection, teamId);
            MemberRecord member = existing(connection, teamId, userId);
            requireNotOwner(member, "removed");
            if (member.admin()) {
                requireAnotherAdmin(connection, member);
            }
            MemberStore.remove(connection, teamId, userId);
            return null;
        });
    }

    private static MemberRecord existing(Connection connection, String teamId, String userId) throws SQLException {
        return MemberStore.find(connection, teamId, userId).orElseThrow(() ->
                new ApiErrorException(ErrorCode.NOT_FOUND, "The team has no member with this id."));
    }

    private static void requireNotOwner(MemberRecord member, String change) {
        if (member.owner()) {
            throw new ApiErrorException(ErrorCode.CONFLICT, "The team's owner cannot be " + change + ".");
        }
    }

    private static void requireAnotherAdmin(Connection connection, MemberRecord admin) throws SQLException {
        if (MemberStore.admins(connection, admin.teamId()) <= 1) {
            throw new ApiErrorException(ErrorCode.CONFLICT, "A team must keep at least one admin.");
        }
    }

    private static TeamMember toModel(MemberRecord member) {
        return new TeamMember().userId(member.userId()).email(member.email()).isAdmin(member.admin()).isOwner(member.owner())
                .teamId(member.teamId());
    }
}
