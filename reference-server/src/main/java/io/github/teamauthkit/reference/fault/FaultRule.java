package io.github.teamauthkit.reference.fault;

import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One fault for some operations on some of their requests: every one, the next N, or a seeded fraction. Each rule
 * draws from a random sequence of its own, made from the plan's seed and the rule's place in the plan, so the same
 * seed and the same rules pick the same requests, whatever other operations are called in between.
 */
public final class FaultRule {

    /** Which of an operation's requests a rule picks. */
    enum Picks { EVERY, NEXT, FRACTION }

    private final Set<String> operations;
    private final Picks picks;
    private final long next;
    private final double fraction;
    private final Fault fault;
    private final SplittableRandom random;
    private long fired;

    FaultRule(Set<String> operations, Picks picks, long next, double fraction, Fault fault, long seed) {
        this.operations = Set.copyOf(operations);
        this.picks = picks;
        this.next = next;
        this.fraction = fraction;
        this.fault = fault;
        this.random = new SplittableRandom(seed);
    }

    /** The fault, if this rule picks this request of the operation; a pick counts toward {@code next}. */
    synchronized Optional<Fault> pick(String operationId) {
        if (!operations.isEmpty() && !operations.contains(operationId)) {
            return Optional.empty();
        }
        boolean picked = switch (picks) {
            case EVERY -> true;
            case NEXT -> fired < next;
            case FRACTION -> random.nextDouble() < fraction;
        };
        if (!picked) {
            return Optional.empty();
        }
        fired++;
        return Optional.of(fault instanceof Fault.Latency latency ? latency.withDraw(random) : fault);
    }

    boolean isLatency() {
        return fault instanceof Fault.Latency;
    }

    /**
     * How many requests this rule has faulted so far.
     *
     * @return the count
     */
    public synchronized long fired() {
        return fired;
    }

    /** E.g. {@code createTeamSecret, next 1: commit-then-drop}. */
    @Override
    public synchronized String toString() {
        String which = operations.isEmpty() ? "every operation" : String.join(", ", operations.stream().sorted().toList());
        String when = switch (picks) {
            case EVERY -> "every request";
            case NEXT -> "next " + next;
            case FRACTION -> "fraction " + fraction + " of requests";
        };
        return which + ", " + when + ": " + fault.describe();
    }
}
