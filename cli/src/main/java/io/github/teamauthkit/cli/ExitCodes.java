package io.github.teamauthkit.cli;

/** The command's exit codes, one per kind of failure, so scripts can tell them apart. */
final class ExitCodes {

    static final int OK = 0;
    static final int UNEXPECTED = 1;
    static final int USAGE = 2;
    static final int AUTHENTICATION = 3;
    static final int NOT_FOUND = 4;
    static final int CONFLICT = 5;
    static final int API_ERROR = 6;
    static final int NETWORK = 7;
    /** A change was sent and its answer lost: it may have been made, so a script must look before repeating it. */
    static final int OUTCOME_UNKNOWN = 8;

    private ExitCodes() {
    }
}
