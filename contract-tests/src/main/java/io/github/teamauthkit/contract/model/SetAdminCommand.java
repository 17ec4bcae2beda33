package io.github.teamauthkit.contract.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/**
 * {@code updateTeamMember}: 404 for someone who is not a member, 409 for demoting the owner or the last admin; else
 * the membership as changed ({@code isAdmin} absent: unchanged), kept for every later answer.
 *
 * @param admin the new status, or null to send {@code {}}
 */
record SetAdminCommand(Caller caller, boolean legacyHeader, TeamRef team, Subject subject, Boolean admin) implements Command {

    @Override
    public Call call(TeamModel model) {
        return new Call("PUT", team.path(model, "/users/") + subject.userId(model), Map.of(), null, 0,
                admin == null ? "{}" : "{\"isAdmin\":" + admin + "}", caller, legacyHeader);
    }

    @Override
    public int expectedStatus(TeamModel model) {
        int refusal = model.refusal(caller, team, TeamModel.Access.ADMIN, null);
        if (refusal != 0) {
            return refusal;
        }
        TeamModel.Member member = model.member(subject.userId(model));
        if (member == null) {
            return 404;
        }
        boolean demotion = Boolean.FALSE.equals(admin) && member.admin();
        return demotion && (member.owner() || model.admins() == 1) ? 409 : 200;
    }

    @Override
    public Optional<String> mismatch(TeamModel model, JsonNode body) {
        TeamModel.Member member = model.member(subject.userId(model));
        boolean expected = admin == null ? member.admin() : admin;
        if (body.path("isAdmin").asBoolean() != expected || body.path("isOwner").asBoolean() != member.owner()) {
            return Optional.of("the membership answered has isAdmin " + body.path("isAdmin") + ", isOwner " + body.path("isOwner")
                    + "; the model: isAdmin " + expected + ", isOwner " + member.owner());
        }
        return Optional.empty();
    }

    @Override
    public void apply(TeamModel model, JsonNode body, int step) {
        TeamModel.Member member = model.member(subject.userId(model));
        if (admin != null && admin != member.admin()) {
            model.members.put(member.userId(), new TeamModel.Member(member.userId(), admin, member.owner(), member.joined()));
            model.membersVersion++;
        }
    }

    @Override
    public boolean leftOut(TeamModel model, boolean removalAllowed) {
        // The admin key must stay an admin's: the run has no other way to put the team back.
        return Boolean.FALSE.equals(admin) && expectedStatus(model) == 200
                && subject.userId(model).equals(model.users.get(Caller.ADMIN));
    }
}
