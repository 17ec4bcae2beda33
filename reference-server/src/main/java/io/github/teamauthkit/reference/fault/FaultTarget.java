package io.github.teamauthkit.reference.fault;

import io.github.teamauthkit.server.runtime.ErrorCode;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * A fault rule being written: which requests of the operations it picks ({@link #every()} unless told otherwise),
 * then the fault, which adds the rule to the plan and returns it.
 *
 * <pre>{@code
 * faults.on("createTeamSecret").next(1).commitThenDrop();
 * faults.on("listTeamSecrets").fraction(0.2).unavailable(Duration.ofSeconds(1));
 * }</pre>
 */
public final class FaultTarget {

    private final Faults plan;
    private final Set<String> operations;
    private FaultRule.Picks picks = FaultRule.Picks.EVERY;
    private long next;
    private double fraction;

    FaultTarget(Faults plan, Set<String> operations) {
        this.plan = plan;
        this.operations = operations;
    }

    /**
     * Every request of the operations (the default).
     *
     * @return this target
     */
    public FaultTarget every() {
        picks = FaultRule.Picks.EVERY;
        return this;
    }

    /**
     * The next {@code count} requests of the operations, then none.
     *
     * @param count how many, at least 1
     * @return this target
     */
    public FaultTarget next(long count) {
        if (count < 1) {
            throw new IllegalArgumentException("next(count) needs a count of 1 or more, not " + count);
        }
        picks = FaultRule.Picks.NEXT;
        next = count;
        return this;
    }

    /**
     * Each request of the operations with this probability, drawn from the plan's seed.
     *
     * @param probability more than 0, at most 1
     * @return this target
     */
    public FaultTarget fraction(double probability) {
        if (!(probability > 0 && probability <= 1)) {
            throw new IllegalArgumentException("fraction(probability) needs more than 0 and at most 1, not " + probability);
        }
        picks = FaultRule.Picks.FRACTION;
        fraction = probability;
        return this;
    }

    /**
     * The request waits this long, then goes on (other rules may fault it too).
     *
     * @param wait the wait
     * @return the rule, added to the plan
     */
    public FaultRule latency(Duration wait) {
        return latency(wait, wait);
    }

    /**
     * The request waits a time drawn evenly between {@code min} and {@code max}, then goes on.
     *
     * @param min the shortest wait
     * @param max the longest wait
     * @return the rule, added to the plan
     */
    public FaultRule latency(Duration min, Duration max) {
        if (min.isNegative() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("latency needs 0 <= min <= max, not " + min + " and " + max);
        }
        return add(new Fault.Latency(min, max));
    }

    /**
     * 429 {@code TOO_MANY_REQUESTS} with {@code Retry-After}, instead of acting.
     *
     * @param retryAfter the wait asked for, in whole seconds
     * @return the rule, added to the plan
     */
    public FaultRule throttle(Duration retryAfter) {
        return add(new Fault.ErrorAnswer(ErrorCode.TOO_MANY_REQUESTS, wholeSeconds(retryAfter)));
    }

    /**
     * 503 with {@code Retry-After}, instead of acting.
     *
     * @param retryAfter the wait asked for, in whole seconds
     * @return the rule, added to the plan
     */
    public FaultRule unavailable(Duration retryAfter) {
        return add(new Fault.ErrorAnswer(ErrorCode.SERVICE_UNAVAILABLE, wholeSeconds(retryAfter)));
    }

    /**
     * 500, instead of acting.
     *
     * @return the rule, added to the plan
     */
    public FaultRule internalError() {
        return add(new Fault.ErrorAnswer(ErrorCode.INTERNAL_SERVER_ERROR, null));
    }

    /**
     * The connection closes without an answer, and the request is not acted on.
     *
     * @return the rule, added to the plan
     */
    public FaultRule closeBeforeActing() {
        return add(new BrokenAnswer(BrokenAnswer.Kind.CLOSE_BEFORE_ACTING, Duration.ZERO));
    }

    /**
     * The request is acted on and committed, then the connection closes without an answer: the client cannot tell
     * whether it happened.
     *
     * @return the rule, added to the plan
     */
    public FaultRule commitThenDrop() {
        return add(new BrokenAnswer(BrokenAnswer.Kind.COMMIT_THEN_DROP, Duration.ZERO));
    }

    /**
     * The request is acted on and committed; the answer's head and half its body go out, then the connection closes.
     *
     * @return the rule, added to the plan
     */
    public FaultRule commitThenCut() {
        return add(new BrokenAnswer(BrokenAnswer.Kind.COMMIT_THEN_CUT, Duration.ZERO));
    }

    /**
     * The answer's head goes out at once and its body in pieces spread over {@code over}.
     *
     * @param over how long the body takes
     * @return the rule, added to the plan
     */
    public FaultRule slowBody(Duration over) {
        if (over.isNegative()) {
            throw new IllegalArgumentException("slowBody needs a time of 0 or more, not " + over);
        }
        return add(new BrokenAnswer(BrokenAnswer.Kind.SLOW_BODY, over));
    }

    private FaultRule add(Fault fault) {
        return plan.add(operations, picks, next, fraction, fault);
    }

    private static Duration wholeSeconds(Duration retryAfter) {
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (retryAfter.isNegative() || retryAfter.getNano() != 0) {
            throw new IllegalArgumentException("Retry-After is whole seconds, 0 or more, not " + retryAfter);
        }
        return retryAfter;
    }
}
