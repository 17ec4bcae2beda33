package io.github.teamauthkit.contract;

import org.opentest4j.TestAbortedException;

/**
 * A check not run because the run lacked an input it needs (a key, a disposable member): the user's choice, unless
 * the run requires full coverage, where it is a failure.
 */
public final class MissingInput extends TestAbortedException {

    private static final long serialVersionUID = 1L;

    private MissingInput(String reason) {
        super(reason);
    }

    /**
     * Ends the check for want of an input: skipped, or failed when {@link KitSettings#requireFullCoverage()}.
     *
     * @param reason what was missing and how to give it
     * @return never returns normally
     */
    public static RuntimeException because(String reason) {
        if (KitSettings.requireFullCoverage()) {
            throw new AssertionError(reason + " (the run requires full coverage)");
        }
        throw new MissingInput(reason);
    }
}
