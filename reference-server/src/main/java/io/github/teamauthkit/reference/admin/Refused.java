package io.github.teamauthkit.reference.admin;

/** Why an admin command refuses a change, in one line for the operator (exit code 3); no stack trace to fill. */
final class Refused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The exit code of a refused change. */
    static final int EXIT_CODE = 3;

    Refused(String message) {
        super(message, null, false, false);
    }
}
