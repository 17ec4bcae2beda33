package io.github.teamauthkit.reference.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What a request authenticated from the key cache still has to prove before it reads or writes anything: that the
 * {@link AuthEpoch} its key was looked up at is still current, i.e. no key was revoked and no member removed or
 * changed since. {@link Database} proves it on the request's own connection, in the request's first statement or
 * beside it, so it costs no round trip of its own where a read carries the epoch. When the epoch moved, the
 * {@link Recheck} looks the key up again and refuses the request by throwing if it may no longer be made.
 *
 * <p>Held per thread: a request runs its filters and its resource on one thread.
 */
public final class CredentialCheck {

    /** Looks the key up again after the epoch moved; throws to refuse the request. */
    @FunctionalInterface
    public interface Recheck {
        /**
         * Rechecks on the request's connection.
         *
         * @param connection the request's connection
         * @throws SQLException on a database error
         */
        void run(Connection connection) throws SQLException;
    }

    private static final ThreadLocal<CredentialCheck> PENDING = new ThreadLocal<>();

    private final long epoch;
    private final Recheck recheck;

    private CredentialCheck(long epoch, Recheck recheck) {
        this.epoch = epoch;
        this.recheck = recheck;
    }

    /**
     * Makes the current request's first database work prove that nothing changed since {@code epoch}.
     *
     * @param epoch   the epoch the cached lookup was read at
     * @param recheck what to do when it moved
     */
    public static void require(long epoch, Recheck recheck) {
        PENDING.set(new CredentialCheck(epoch, recheck));
    }

    /** Forgets the current thread's check: at the start and the end of every request. */
    public static void clear() {
        PENDING.remove();
    }

    /**
     * Whether the current request still owes its check.
     *
     * @return true until the check ran
     */
    public static boolean pending() {
        return PENDING.get() != null;
    }

    /** Proves the check, if one is pending, with a statement of its own. */
    static void runIfPending(Connection connection) throws SQLException {
        if (pending()) {
            observed(connection, AuthEpoch.current(connection));
        }
    }

    /** Proves the check, if one is pending, with an epoch read by the request's own statement. */
    static void observed(Connection connection, long current) throws SQLException {
        CredentialCheck check = PENDING.get();
        if (check == null) {
            return;
        }
        // Cleared first: the recheck reads through the same connection and must not check again.
        PENDING.remove();
        if (current != check.epoch) {
            check.recheck.run(connection);
        }
    }
}
