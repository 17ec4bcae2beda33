package io.github.teamauthkit.spec.check;

/** Thrown when the spec fails a check; the message lists every problem found. */
public final class SpecCheckFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    SpecCheckFailedException(String message) {
        super(message, null, false, false);
    }
}
