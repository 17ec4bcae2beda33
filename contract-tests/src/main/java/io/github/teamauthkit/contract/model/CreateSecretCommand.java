package io.github.teamauthkit.contract.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** {@code createTeamSecret}: 409 for a name taken; else the secret, created now, its value set now. */
record CreateSecretCommand(Caller caller, boolean legacyHeader, TeamRef team, String name, String value) implements Command {

    @Override
    public Call call(TeamModel model) {
        model.valuesSent.add(value);
        return new Call("POST", team.path(model, "/secrets"), Map.of(), null, 0,
                "{\"name\":\"" + name + "\",\"value\":\"" + value + "\"}", caller, legacyHeader);
    }

    @Override
    public int expectedStatus(TeamModel model) {
        int refusal = model.refusal(caller, team, TeamModel.Access.ADMIN, null);
        return refusal != 0 ? refusal : model.secrets.containsKey(name) ? 409 : 200;
    }

    @Override
    public Optional<String> mismatch(TeamModel model, JsonNode body) {
        if (!name.equals(body.path("name").asText())) {
            return Optional.of("the created secret is named " + body.path("name") + "; the request named " + name);
        }
        Instant created = ListKind.time(body.path("dtCreated"));
        Optional<String> early = Times.notBeforeEarlierTimes("dtCreated", created, model);
        if (early.isPresent()) {
            return early;
        }
        Instant modified = ListKind.time(body.path("dtModified"));
        return created.equals(modified) ? Optional.empty()
                : Optional.of("dtModified is " + modified + ", not dtCreated (" + created + "): the value was set when it was created");
    }

    @Override
    public void apply(TeamModel model, JsonNode body, int step) {
        Instant created = ListKind.time(body.path("dtCreated"));
        model.secrets.put(name, new TeamModel.Secret(name, created, created));
        model.timeSet(created);
        model.secretsVersion++;
    }
}
