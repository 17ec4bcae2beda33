package io.github.teamauthkit.cli;

/** A mistake in how the command was used; reported as one line with the usage exit code. */
final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message, null, false, false);
    }
}
