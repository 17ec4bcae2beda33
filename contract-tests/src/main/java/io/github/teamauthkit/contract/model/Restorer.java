package io.github.teamauthkit.contract.model;

import io.github.teamauthkit.contract.ContractTarget;
import java.util.List;
import java.util.Map;

/**
 * Puts the team back as the phase found it after a sequence, so that the next sequence, or a replay while shrinking,
 * starts where the model does: the sequence's secrets deleted, the members' admin status as it was.
 */
final class Restorer {

    private final ContractTarget target;
    private final TeamModel start;

    Restorer(ContractTarget target, TeamModel start) {
        this.target = target;
        this.start = start;
    }

    /** After a sequence whose every answer was the model's: only what the model says it changed. */
    void restore(TeamModel after, List<String> names) {
        restore(names.stream().filter(after.secrets::containsKey).toList(), start.members.values().stream()
                .filter(member -> after.member(member.userId()) != null && after.member(member.userId()).admin() != member.admin())
                .toList());
    }

    /** After a sequence that failed, or a replay: the server's state is not the model's, so everything. */
    void restore(List<String> names) {
        restore(names, start.members.values().stream().toList());
    }

    private void restore(List<String> names, List<TeamModel.Member> members) {
        for (String name : names) {
            expect(new Call("DELETE", "/teams/" + start.teamId + "/secrets/" + name, Map.of(), null, 0, null, Caller.ADMIN, false),
                    200, 404);
        }
        for (TeamModel.Member member : members) {
            if (!member.userId().equals(start.users.get(Caller.ADMIN)) && !member.owner()) {
                expect(new Call("PUT", "/teams/" + start.teamId + "/users/" + member.userId(), Map.of(), null, 0,
                        "{\"isAdmin\":" + member.admin() + "}", Caller.ADMIN, false), 200, 404);
            }
        }
    }

    private void expect(Call call, int status, int orStatus) {
        Answer answer = call.send(target);
        if (answer.status() != status && answer.status() != orStatus) {
            throw new AssertionError(target.redacted("could not put the team back after a sequence: " + call.shown() + " → " + answer.shown()));
        }
    }
}
