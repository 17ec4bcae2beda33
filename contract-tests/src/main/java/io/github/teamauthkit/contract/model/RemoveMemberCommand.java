package io.github.teamauthkit.contract.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * {@code removeTeamMember}: an admin may remove anyone, a member itself; 404 for someone who is not a member, 409 for
 * the owner or the last admin; else the membership as it ended, and from then on the member is listed nowhere and its
 * keys are refused.
 */
record RemoveMemberCommand(Caller caller, boolean legacyHeader, TeamRef team, Subject subject) implements Command {

    @Override
    public Call call(TeamModel model) {
        return new Call("DELETE", team.path(model, "/users/") + subject.userId(model), Map.of(), null, 0, null,
                caller, legacyHeader);
    }

    @Override
    public int expectedStatus(TeamModel model) {
        String userId = subject.userId(model);
        int refusal = model.refusal(caller, team, TeamModel.Access.ADMIN, userId);
        if (refusal != 0) {
            return refusal;
        }
        TeamModel.Member member = model.member(userId);
        if (member == null) {
            return 404;
        }
        return member.owner() || member.admin() && model.admins() == 1 ? 409 : 200;
    }

    @Override
    public Optional<String> mismatch(TeamModel model, JsonNode body) {
        if (body.path("isOwner").asBoolean()) {
            return Optional.of("the removed membership has isOwner true; the owner cannot be removed");
        }
        Instant deleted = ListKind.time(body.path("dtDeleted"));
        // dtDeleted is optional; when given, it is a time this request set.
        return deleted == null ? Optional.empty() : Times.notBeforeEarlierTimes("dtDeleted", deleted, model);
    }

    @Override
    public void apply(TeamModel model, JsonNode body, int step) {
        model.removed.add(subject.userId(model));
        model.timeSet(ListKind.time(body.path("dtDeleted")));
        model.membersVersion++;
    }

    @Override
    public boolean leftOut(TeamModel model, boolean removalAllowed) {
        return expectedStatus(model) == 200 && !(removalAllowed && subject == Subject.DISPOSABLE);
    }
}
