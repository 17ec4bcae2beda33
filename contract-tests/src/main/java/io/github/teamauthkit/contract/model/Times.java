package io.github.teamauthkit.contract.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The times the spec defines: a secret's {@code dtCreated} and {@code dtModified}, and the times requests set. */
final class Times {

    private Times() {
    }

    /** What is wrong with a secret's times as answered, against the model's, if anything. */
    static Optional<String> mismatch(TeamModel.Secret secret, JsonNode answered) {
        Instant created = ListKind.time(answered.path("dtCreated"));
        Instant modified = ListKind.time(answered.path("dtModified"));
        if (!Objects.equals(created, secret.created())) {
            return Optional.of(secret.name() + "'s dtCreated is " + created + "; it was created at " + secret.created());
        }
        if (!Objects.equals(modified, secret.modified())) {
            return Optional.of(secret.name() + "'s dtModified is " + modified + "; its value was last set at " + secret.modified());
        }
        return Optional.empty();
    }

    /**
     * A time the request just answered set: not before the latest time an earlier request set, since the spec's times
     * are when the server acted, and the earlier request was answered before this one was sent.
     */
    static Optional<String> notBeforeEarlierTimes(String field, Instant time, TeamModel model) {
        if (time == null) {
            return Optional.of(field + " is missing or not a date-time");
        }
        return time.isBefore(model.latestTimeSet) ? Optional.of(field + " is " + time + ", before " + model.latestTimeSet
                + ", a time an earlier request set") : Optional.empty();
    }
}
