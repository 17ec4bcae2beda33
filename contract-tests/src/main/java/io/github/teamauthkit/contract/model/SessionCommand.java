package io.github.teamauthkit.contract.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/** {@code getSession}: who the key belongs to, and the caller's role in the team as the model has it; null without a key. */
record SessionCommand(Caller caller, boolean legacyHeader) implements Command {

    @Override
    public Call call(TeamModel model) {
        return new Call("GET", "/auth/session", Map.of(), null, 0, null, caller, legacyHeader);
    }

    @Override
    public int expectedStatus(TeamModel model) {
        return model.refused(caller) ? 401 : 200;
    }

    @Override
    public Optional<String> mismatch(TeamModel model, JsonNode body) {
        if (caller == Caller.ANONYMOUS) {
            return body.isNull() ? Optional.empty() : Optional.of("the session without a key is not null");
        }
        String user = body.path("user").path("id").asText();
        String team = body.path("team").path("id").asText();
        String expectedTeam = caller == Caller.OTHER_TEAM ? model.otherTeamId : model.teamId;
        if (!user.equals(model.users.get(caller)) || !team.equals(expectedTeam)) {
            return Optional.of("the session is user " + user + " of team " + team + "; the key is " + model.users.get(caller)
                    + "'s of team " + expectedTeam);
        }
        TeamModel.Member member = model.member(user);
        if (member == null) {
            return Optional.empty();
        }
        for (JsonNode membership : body.path("user").path("teamMemberships")) {
            if (membership.path("team").path("id").asText().equals(model.teamId)
                    && (membership.path("isAdmin").asBoolean() != member.admin() || membership.path("isOwner").asBoolean() != member.owner())) {
                return Optional.of("the session's membership of " + model.teamId + " has isAdmin " + membership.path("isAdmin")
                        + ", isOwner " + membership.path("isOwner") + "; the model: isAdmin " + member.admin() + ", isOwner " + member.owner());
            }
        }
        return Optional.empty();
    }
}
