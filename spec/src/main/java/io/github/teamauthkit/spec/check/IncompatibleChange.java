package io.github.teamauthkit.spec.check;

/**
 * One change that breaks clients or servers built from the baseline.
 *
 * @param operation the operation it affects, e.g. {@code POST /teams/{teamId}/secrets}
 * @param location  where in the operation, e.g. {@code request body field name}; empty for the operation
 * @param kind      what changed, e.g. {@code maxLength} or {@code operation removed}
 * @param detail    old and new values when known; not part of the {@link #key()}
 */
record IncompatibleChange(String operation, String location, String kind, String detail) {

    /** The stable name an allow file lists the change under. */
    String key() {
        return operation + (location.isEmpty() ? "" : ": " + location) + ": " + kind;
    }

    @Override
    public String toString() {
        return key() + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
