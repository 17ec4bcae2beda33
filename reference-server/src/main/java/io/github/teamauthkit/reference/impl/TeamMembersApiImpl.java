package io.github.teamauthkit.reference.impl;

import io.github.teamauthkit.reference.security.PageCursors;
import io.github.teamauthkit.reference.store.Database;
import io.github.teamauthkit.reference.store.MemberRecord;
import io.github.teamauthkit.reference.store.MemberStore;
import io.github.teamauthkit.reference.store.PageRequest;
import io.github.teamauthkit.reference.store.TeamStore;
import io.github.teamauthkit.server.api.TeamMembersApi;
import io.github.teamauthkit.server.model.MemberUser;
import io.github.teamauthkit.server.model.MembershipStatus;
import io.github.teamauthkit.server.model.SortOrder;
import io.github.teamauthkit.server.model.TeamMember;
import io.github.teamauthkit.server.model.TeamMemberOrderBy;
import io.github.teamauthkit.server.model.TeamMemberPage;
import io.github.teamauthkit.server.model.TeamMemberUpdate;
import io.github.teamauthkit.server.model.TeamRole;
import io.github.teamauthkit.server.runtime.ApiErrorException;
import io.github.teamauthkit.server.runtime.ErrorCode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Team members. Access was checked before the request got here; this enforces that the owner stays
 * and a team keeps at least one admin, under a lock on the team so concurrent requests cannot both
 * pass the check.
 *
 * @see TeamMembersApi
 */
public final class TeamMembersApiImpl implements TeamMembersApi {

    /** Memberships whose start was never recorded sort as if they began at the epoch (see the migration). */
    private static final OffsetDateTime UNRECORDED = OffsetDateTime.parse("1970-01-01T00:00:00Z");

    private final Database database;
    private final Paging paging;
    private final Clock clock;

    /**
     * Creates the resource.
     *
     * @param database the store
     * @param cursors  signs and checks the list's page cursors
     * @param clock    the time source for removal times
     */
    public TeamMembersApiImpl(Database database, PageCursors cursors, Clock clock) {
        this.database = database;
        this.paging = new Paging(cursors);
        this.clock = clock;
    }

    @Override
    public TeamMemberPage listTeamMembers(String team, String after, Integer limit, TeamMemberOrderBy orderBy, SortOrder order,
            TeamRole role) {
        String teamId = AddressedTeam.id(team);
        String roleName = role == null ? null : role.toString();
        PageCursors.Scope scope = Paging.scope("members", teamId, order, roleName);
        PageRequest request = paging.request(scope, after, limit);
        PageRequest.Slice<MemberRecord> slice = database.readCarryingEpoch(connection ->
                MemberStore.page(connection, teamId, roleName, request));
        return new TeamMemberPage().items(slice.items().stream().map(TeamMembersApiImpl::toModel).toList())
                .hasMore(slice.hasMore()).nextPage(paging.next(scope, slice, member ->
                        new PageRequest.Position(member.joinedAt() == null ? UNRECORDED : member.joinedAt(), member.userId())));
    }

    @Override
    public MembershipStatus updateTeamMember(String team, String userId, TeamMemberUpdate update) {
        String teamId = AddressedTeam.id(team);
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
    public MembershipStatus removeTeamMember(String team, String userId) {
        String teamId = AddressedTeam.id(team);
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
        return new MembershipStatus().isAdmin(member.admin()).isOwner(member.owner()).dtConfirmed(member.joinedAt());
    }

    private static TeamMember toModel(MemberRecord member) {
        // Names may be null (the spec says nullable); lastActive and the picture are not tracked here.
        return new TeamMember().dtConfirmed(member.joinedAt()).isAdmin(member.admin()).isOwner(member.owner())
                .user(new MemberUser().id(member.userId()).email(member.email()).firstName(member.firstName())
                        .lastName(member.lastName()));
    }
}
