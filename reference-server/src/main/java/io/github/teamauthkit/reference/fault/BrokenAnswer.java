package io.github.teamauthkit.reference.fault;

import java.time.Duration;
import java.util.Locale;

/**
 * A fault of the connection rather than of the answer's content: the HTTP layer carries it out, since only it holds
 * the connection.
 *
 * @param kind what happens
 * @param over for {@link Kind#SLOW_BODY}, how long the body takes to arrive; otherwise zero
 */
public record BrokenAnswer(Kind kind, Duration over) implements Fault {

    /** The connection faults. */
    public enum Kind {
        /** The connection is closed without an answer, before the request is acted on. */
        CLOSE_BEFORE_ACTING,
        /** The request is acted on and committed; then the connection is closed without an answer. */
        COMMIT_THEN_DROP,
        /** The request is acted on and committed; the answer's head and half its body are sent, then the connection is closed. */
        COMMIT_THEN_CUT,
        /** The answer's body arrives in {@link #SLOW_BODY_PIECES} pieces spread over a given time. */
        SLOW_BODY;

        /** The name a fault profile uses, e.g. {@code commit-then-drop}. */
        public String profileName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** How many pieces a slow body is sent in. */
    public static final int SLOW_BODY_PIECES = 10;

    /**
     * Whether the request is answered before it is acted on.
     *
     * @return true when the resource does not run
     */
    public boolean beforeActing() {
        return kind == Kind.CLOSE_BEFORE_ACTING;
    }

    @Override
    public String describe() {
        return kind == Kind.SLOW_BODY ? "slow-body over " + over.toMillis() + " ms" : kind.profileName();
    }
}
