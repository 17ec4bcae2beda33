package io.github.teamauthkit.contract.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@code updateTeamSecret}: 404 for a name the team does not have; else the secret, created when it was, its value set now. */
record UpdateSecretCommand(Caller caller, boolean legacyHeader, TeamRef team, String name, String value) implements Command {

    @Override
    public Call call(TeamModel model) {
        model.valuesSent.add(value);
        return new Call("PATCH", team.path(model, "/secrets/") + name, Map.of(), null, 0,
                "{\"value\":\"" + value + "\"}", caller, legacyHeader);
    }

    @Override
    public int expectedStatus(TeamModel model) {
        int refusal = model.refusal(caller, team, TeamModel.Access.ADMIN, null);
        return refusal != 0 ? refusal : model.secrets.containsKey(name) ? 200 : 404;
    }

    @Override
    public Optional<String> mismatch(TeamModel model, JsonNode body) {
        TeamModel.Secret before = model.secrets.get(name);
        Instant created = ListKind.time(body.path("dtCreated"));
        if (!name.equals(body.path("name").asText()) || !Objects.equals(created, before.created())) {
            return Optional.of("the update answered " + body.path("name") + " created at " + created + "; " + name
                    + " was created at " + before.created() + ", and an update does not move that");
        }
        Instant modified = ListKind.time(body.path("dtModified"));
        Optional<String> early = Times.notBeforeEarlierTimes("dtModified", modified, model);
        return early.isPresent() || !modified.isBefore(before.modified()) ? early
                : Optional.of("dtModified went back from " + before.modified() + " to " + modified);
    }

    @Override
    public void apply(TeamModel model, JsonNode body, int step) {
        Instant modified = ListKind.time(body.path("dtModified"));
        model.secrets.computeIfPresent(name, (key, secret) -> new TeamModel.Secret(name, secret.created(), modified));
        model.timeSet(modified);
    }
}
