package io.github.teamauthkit.reference.impl;

import io.github.teamauthkit.reference.store.Database;
import io.github.teamauthkit.reference.store.MemberRecord;
import io.github.teamauthkit.reference.store.MemberStore;
import io.github.teamauthkit.reference.store.TeamStore;
import io.github.teamauthkit.server.api.TeamMembersApi;
import io.github.teamauthkit.server.model.MembershipStatus;
import io.github.teamauthkit.server.model.TeamMember;
import io.github.teamauthkit.server.model.TeamMemberUpdate;
import io.github.teamauthkit.server.runtime.ApiErrorException;
import io.github.teamauthkit.server.runtime.ErrorCode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
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
    private final Clock clock;

    /**
     * Creates the resource.
     *
     * @param database the store
     * @param clock    the time source for removal times
     */
    public TeamMembersApiImpl(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public List<TeamMember> listTeamMembers(String teamId) {
        return database.transaction(connection ->
                MemberStore.list(connection, teamId).stream().map(TeamMembersApiImpl::toModel).toList());
    }

    @Override
    public MembershipStatus updateTeamMember(String teamId, String userId, TeamMemberUpdate update) {
        return database.transaction(connection -> {
            TeamStore.lock(connection, teamId);
            MemberRecord member = existing(connection, teamId, userId);
            if (update.getIsAdmin() == null || update.getIsAdmin() == member.admin()) {
                return status(member);
            }
            if (!update.getIsAdmin()) {
                requireNotOwner(member, "demoted");
                requireAnotherAdmin(connection, member);
            }
            MemberRecord changed = member.withAdmin(update.getIsAdmin());
            MemberStore.upsert(connection, changed);
            return status(changed);
        });
    }

    @Override
    public MembershipStatus removeTeamMember(String teamId, String userId) {
        return database.transaction(connection -> {
            TeamStore.lock(connection, teamId);
            MemberRecord member = existing(connection, teamId, userId);
            requireNotOwner(member, "removed");
            if (member.admin()) {
                requireAnotherAdmin(connection, member);
            }
            MemberStore.remove(connection, teamId, userId);
            return status(member).dtDeleted(OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS));
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

    private static MembershipStatus status(MemberRecord member) {
        return new MembershipStatus().isAdmin(member.admin()).isOwner(member.owner());
    }

    private static TeamMember toModel(MemberRecord member) {
        return new TeamMember().userId(member.userId()).email(member.email()).isAdmin(member.admin()).isOwner(member.owner())
                .teamId(member.teamId());
    }
}
