package io.github.teamauthkit.contract;

/**
 * A stateful check's failure: its message already lists the numbered requests that reproduce it, so the kit does not
 * add the last request as it does to other failures.
 */
public final class SequenceFailure extends AssertionError {

    private static final long serialVersionUID = 1L;

    /**
     * A failure with the transcript it was found by.
     *
     * @param message the mismatch, then the requests
     */
    public SequenceFailure(String message) {
        super(message);
        setStackTrace(new StackTraceElement[0]);
    }
}
