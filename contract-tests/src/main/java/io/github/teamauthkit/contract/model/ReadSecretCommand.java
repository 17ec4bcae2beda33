package io.github.teamauthkit.contract.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/** {@code getTeamSecret}: 404 for a name the team does not have; else the secret with the times the model kept. */
record ReadSecretCommand(Caller caller, boolean legacyHeader, TeamRef team, String name) implements Command {

    @Override
    public Call call(TeamModel model) {
        return new Call("GET", team.path(model, "/secrets/") + name, Map.of(), null, 0, null, caller, legacyHeader);
    }

    @Override
    public int expectedStatus(TeamModel model) {
        int refusal = model.refusal(caller, team, TeamModel.Access.MEMBER, null);
        return refusal != 0 ? refusal : model.secrets.containsKey(name) ? 200 : 404;
    }

    @Override
    public Optional<String> mismatch(TeamModel model, JsonNode body) {
        return name.equals(body.path("name").asText()) ? Times.mismatch(model.secrets.get(name), body)
                : Optional.of("the secret read is named " + body.path("name") + "; the request named " + name);
    }
}
