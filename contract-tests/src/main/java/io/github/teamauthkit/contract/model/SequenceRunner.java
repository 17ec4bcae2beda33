package io.github.teamauthkit.contract.model;

import io.github.teamauthkit.contract.ContractTarget;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sends a sequence's requests, holding each answer to the model's prediction, and stops at the first that differs. */
final class SequenceRunner {

    private static final Map<Integer, String> CODES = Map.of(400, "BAD_REQUEST", 401, "UNAUTHORIZED", 403, "FORBIDDEN",
            404, "NOT_FOUND", 409, "CONFLICT");

    /**
     * What a run of commands did.
     *
     * @param ran        the commands sent, in order (those left out are not)
     * @param transcript each request and its answer, numbered
     * @param mismatch   how the last answer differs from the prediction, or null when none did
     */
    record Outcome(List<Command> ran, List<String> transcript, String mismatch) {

        boolean failed() {
            return mismatch != null;
        }
    }

    private final ContractTarget target;

    SequenceRunner(ContractTarget target) {
        this.target = target;
    }

    /**
     * Sends each command in turn, holding each answer to the model's prediction.
     *
     * @param commands the commands; drawn one at a time, after the model has taken the answer before (a generator may
     *                 draw from the model's state)
     */
    Outcome run(Iterator<Command> commands, TeamModel model, boolean removalAllowed) {
        List<Command> ran = new ArrayList<>();
        List<String> transcript = new ArrayList<>();
        while (commands.hasNext()) {
            Command command = commands.next();
            if (command.leftOut(model, removalAllowed) || !mayPresent(model, command.caller())) {
                continue;
            }
            int expected = command.expectedStatus(model);
            Call call = command.call(model);
            Answer answer = call.send(target);
            ran.add(command);
            int step = ran.size();
            transcript.add(target.redacted(String.format("%2d. %s → %s", step, call.shown(), answer.shown())));
            Optional<String> mismatch = mismatch(command, model, expected, answer);
            if (mismatch.isPresent()) {
                return new Outcome(ran, transcript, "request " + step + ": " + mismatch.get());
            }
            if (expected == 200) {
                command.apply(model, answer.body(), step);
            }
        }
        return new Outcome(ran, transcript, null);
    }

    /** A refused key counts toward the server's auth-failure limit: a run presents only as many as it budgets. */
    private static boolean mayPresent(TeamModel model, Caller caller) {
        if (!model.refused(caller)) {
            return true;
        }
        if (model.refusedKeysLeft == 0) {
            return false;
        }
        model.refusedKeysLeft--;
        return true;
    }

    private static Optional<String> mismatch(Command command, TeamModel model, int expected, Answer answer) {
        if (answer.invalid() != null) {
            return Optional.of("the answer breaks the spec: " + answer.invalid().lines().findFirst().orElse(""));
        }
        if (answer.status() != expected) {
            return Optional.of("answered " + answer.status() + "; the spec's rules give " + expected
                    + (expected == 200 ? "" : " " + CODES.get(expected)) + " after the requests before it");
        }
        if (model.valuesSent.stream().anyMatch(answer.text()::contains)) {
            return Optional.of("the answer holds a secret value the sequence sent; values are write-only");
        }
        if (expected != 200) {
            String code = answer.body().path("code").asText();
            return code.equals(CODES.get(expected)) ? Optional.empty()
                    : Optional.of("the error's code is " + answer.body().path("code") + "; for " + expected + " the spec gives " + CODES.get(expected));
        }
        return command.mismatch(model, answer.body());
    }
}
