package io.github.teamauthkit.contract.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/** {@code deleteTeamSecret}: 404 for a name the team does not have; else the name, and the secret is gone. */
record DeleteSecretCommand(Caller caller, boolean legacyHeader, TeamRef team, String name) implements Command {

    @Override
    public Call call(TeamModel model) {
        return new Call("DELETE", team.path(model, "/secrets/") + name, Map.of(), null, 0, null, caller, legacyHeader);
    }

    @Override
    public int expectedStatus(TeamModel model) {
        int refusal = model.refusal(caller, team, TeamModel.Access.ADMIN, null);
        return refusal != 0 ? refusal : model.secrets.containsKey(name) ? 200 : 404;
    }

    @Override
    public Optional<String> mismatch(TeamModel model, JsonNode body) {
        return name.equals(body.path("name").asText()) ? Optional.empty()
                : Optional.of("the delete answered name " + body.path("name") + "; the request named " + name);
    }

    @Override
    public void apply(TeamModel model, JsonNode body, int step) {
        model.secrets.remove(name);
        model.secretsVersion++;
    }
}
