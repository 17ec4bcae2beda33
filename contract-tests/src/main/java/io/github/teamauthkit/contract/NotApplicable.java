package io.github.teamauthkit.contract;

import org.opentest4j.TestAbortedException;

/**
 * A check not run because the target is set up so that its rule cannot be observed (a team with more than one
 * admin has no last admin): allowed in every run, and the statuses only that check would exercise are allowed gaps
 * in the coverage table, with this reason.
 */
public final class NotApplicable extends TestAbortedException {

    private static final long serialVersionUID = 1L;

    private NotApplicable(String reason) {
        super(reason);
    }

    /**
     * Ends the check unless the target's set-up allows it.
     *
     * @param target   the run's target
     * @param applies  whether the rule can be observed on this target
     * @param reason   why not, in the target's terms
     * @param statuses the "operationId status" pairs only this check exercises, allowed as gaps when it does not run
     * @throws NotApplicable when it does not apply
     */
    public static void unless(ContractTarget target, boolean applies, String reason, String... statuses) {
        if (!applies) {
            for (String status : statuses) {
                Coverage.allowGap(target, status, reason);
            }
            throw new NotApplicable("not applicable: " + reason);
        }
    }
}
