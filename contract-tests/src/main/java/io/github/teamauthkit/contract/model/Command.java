package io.github.teamauthkit.contract.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * One step of a sequence, QuickCheck's state-machine style: the request it sends in the model's current state, the
 * status and body the spec's rules predict, and the state after it.
 */
sealed interface Command permits SessionCommand, ListCommand, CreateSecretCommand, ReadSecretCommand, UpdateSecretCommand,
        DeleteSecretCommand, SetAdminCommand, RemoveMemberCommand {

    /** Who sends it. */
    Caller caller();

    /** The request, as the model resolves it now (a subject by its user id, a cursor by the step that gave it). */
    Call call(TeamModel model);

    /** The status the spec's rules give in this state. */
    int expectedStatus(TeamModel model);

    /** What is wrong with the body of a 200 the model predicted, if anything. */
    Optional<String> mismatch(TeamModel model, JsonNode body);

    /** The model after a 200 the model predicted; {@code step} numbers the request in its sequence. */
    default void apply(TeamModel model, JsonNode body, int step) {
    }

    /**
     * Whether the request would change what a run cannot put back (remove a member, demote the admin key's own user):
     * then the sequence goes on without it.
     *
     * @param removalAllowed whether this sequence is the one that removes the disposable member
     */
    default boolean leftOut(TeamModel model, boolean removalAllowed) {
        return false;
    }
}
