package example.teamauth;

import example.teamauth.Callers.Known;
import example.teamauth.TeamAuthData.Member;
import io.github.teamauthkit.server.api.AuthenticationApi;
import io.github.teamauthkit.server.model.MembershipTeam;
import io.github.teamauthkit.server.model.Session;
import io.github.teamauthkit.server.model.Team;
import io.github.teamauthkit.server.model.User;
import io.github.teamauthkit.server.model.UserTeamMembership;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The caller's session: its user and team, or null without a key. */
public final class SessionResource implements AuthenticationApi {

    private final TeamAuthData data;

    @Context
    private HttpHeaders headers;

    public SessionResource(TeamAuthData data) {
        this.data = data;
    }

    @Override
    public Session getSession() {
        if (!(Callers.of(headers::getHeaderString, data) instanceof Known caller)) {
            return null;
        }
        Member member = caller.member();
        TeamAuthData.Team team = data.team(member.teamId()).orElseThrow();
        User user = new User().id(member.userId()).analyticsId(BigDecimal.valueOf(member.order())).email(member.email())
                .firstName(member.firstName()).lastName(member.lastName()).dtCreated(member.confirmed())
                .dtConfirmed(member.confirmed()).isPasswordAuthEnabled(false).isPhoneVerified(false)
                .isQrCodeBasedMfaConfirmed(false).isQrCodeBasedMfaEnabled(false).metadata(Map.of())
                .teamMemberships(List.of(new UserTeamMembership().isAdmin(member.admin()).isOwner(member.owner())
                        .team(new MembershipTeam().id(team.id()).name(team.name()).namespace(team.namespace())
                                .dtCreated(team.created()).isUserTeam(false))));
        return new Session().user(user).team(new Team().id(team.id()).analyticsId(BigDecimal.ONE).isPrivate(false)
                .maxMachines(BigDecimal.ZERO).namespace(team.namespace()));
    }
}
