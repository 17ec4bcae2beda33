package example.teamauth;

import example.teamauth.TeamAuthData.Member;
import io.github.teamauthkit.server.api.TeamMembersApi;
import io.github.teamauthkit.server.model.MemberUser;
import io.github.teamauthkit.server.model.MembershipStatus;
import io.github.teamauthkit.server.model.SortOrder;
import io.github.teamauthkit.server.model.TeamMember;
import io.github.teamauthkit.server.model.TeamMemberOrderBy;
import io.github.teamauthkit.server.model.TeamMemberPage;
import io.github.teamauthkit.server.model.TeamMemberUpdate;
import io.github.teamauthkit.server.model.TeamRole;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A team's members. Access is the {@link AccessFilter}'s: here the caller may do what it asks. */
public final class MembersResource implements TeamMembersApi {

    private final TeamAuthData data;

    public MembersResource(TeamAuthData data) {
        this.data = data;
    }

    @Override
    public TeamMemberPage listTeamMembers(String teamId, String after, Integer limit, TeamMemberOrderBy orderBy,
            SortOrder order, TeamRole role) {
        String team = data.teamId(teamId);
        Pages.Page<Member> page = Pages.page(data.members(team).stream().filter(m -> role == null || roleOf(m) == role).toList(),
                Member::order, order, "members|" + team + "|" + role, after, limit);
        return new TeamMemberPage().items(page.items().stream().map(MembersResource::teamMember).toList())
                .hasMore(page.next() != null).nextPage(page.next());
    }

    @Override
    public MembershipStatus updateTeamMember(String teamId, String userId, TeamMemberUpdate update) {
        return status(data.setAdmin(data.teamId(teamId), userId, update.getIsAdmin()));
    }

    @Override
    public MembershipStatus removeTeamMember(String teamId, String userId) {
        return status(data.remove(data.teamId(teamId), userId)).dtDeleted(OffsetDateTime.now(ZoneOffset.UTC));
    }


    private static TeamRole roleOf(Member member) {
        return member.owner() ? TeamRole.OWNER : member.admin() ? TeamRole.ADMIN : TeamRole.MEMBER;
    }

    private static MembershipStatus status(Member member) {
        return new MembershipStatus().isAdmin(member.admin()).isOwner(member.owner()).dtConfirmed(member.confirmed());
    }

    private static TeamMember teamMember(Member member) {
        return new TeamMember().isAdmin(member.admin()).isOwner(member.owner()).dtConfirmed(member.confirmed())
                .user(new MemberUser().id(member.userId()).email(member.email()).firstName(member.firstName())
                        .lastName(member.lastName()));
    }
}
