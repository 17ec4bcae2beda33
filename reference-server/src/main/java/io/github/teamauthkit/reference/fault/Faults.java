package io.github.teamauthkit.reference.fault;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A server's fault plan: rules that make chosen operations fail the way networks and servers do, decided after
 * authentication and authorization (a request they refuse is never faulted) and applied to the server's real state.
 * Empty, and so without effect, until rules are added; safe to change while the server runs.
 *
 * <pre>{@code
 * faults.on("createTeamSecret").next(1).commitThenDrop();  // created, and the answer lost
 * faults.onEveryOperation().fraction(0.1).unavailable(Duration.ofSeconds(1));
 * faults.clear();
 * }</pre>
 */
public final class Faults {

    /** What one request meets: a wait, then the fault that ends it, if any. */
    record Decision(Duration delay, Optional<Fault> fault) {
    }

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final SortedSet<String> operations;
    private final List<FaultRule> rules = new CopyOnWriteArrayList<>();
    private volatile long seed;

    /**
     * A plan for the operations the resource classes implement (the {@code operationId}s of their interfaces).
     *
     * @param resourceClasses the classes a server dispatches to
     */
    public Faults(Class<?>... resourceClasses) {
        this(Arrays.stream(resourceClasses)
                .flatMap(type -> Arrays.stream(type.getInterfaces()))
                .flatMap(type -> Arrays.stream(type.getMethods()))
                .flatMap(method -> Stream.ofNullable(method.getAnnotation(Operation.class)))
                .map(Operation::operationId)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    private Faults(SortedSet<String> operations) {
        this.operations = Collections.unmodifiableSortedSet(operations);
    }

    /** An empty plan for the same operations, to try rules on. */
    Faults emptyCopy() {
        return new Faults(operations);
    }

    /**
     * Rules for these operations, by the spec's {@code operationId}.
     *
     * @param operationIds one or more operation ids, e.g. {@code createTeamSecret}
     * @return the rule to finish
     * @throws IllegalArgumentException for an operation the server does not have
     */
    public FaultTarget on(String... operationIds) {
        if (operationIds.length == 0) {
            throw new IllegalArgumentException("on(...) needs at least one operationId; onEveryOperation() picks them all");
        }
        for (String id : operationIds) {
            if (!operations.contains(id)) {
                throw new IllegalArgumentException("no operation '" + id + "' in the spec; its operations: " + String.join(", ", operations));
            }
        }
        return new FaultTarget(this, Set.of(operationIds));
    }

    /**
     * A rule for every operation.
     *
     * @return the rule to finish
     */
    public FaultTarget onEveryOperation() {
        return new FaultTarget(this, Set.of());
    }

    /**
     * The seed of the rules added from now on (0 until set): the same seed and rules fault the same requests.
     *
     * @param seed any number
     * @return this plan
     */
    public Faults seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Removes every rule: the server answers normally again, its data as the faulted requests left it. */
    public void clear() {
        rules.clear();
    }

    /**
     * The rules, in the order they were added.
     *
     * @return the rules now in force
     */
    public List<FaultRule> rules() {
        return List.copyOf(rules);
    }

    /**
     * Whether no rule is in force, so that requests skip the plan.
     *
     * @return true when empty
     */
    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /**
     * The operations rules can name.
     *
     * @return the operation ids, sorted
     */
    public SortedSet<String> operations() {
        return operations;
    }

    FaultRule add(Set<String> operationIds, FaultRule.Picks picks, long next, double fraction, Fault fault) {
        synchronized (rules) {
            // Each rule's sequence comes from the seed and the rule's place: adding a rule leaves the others' draws as they were.
            FaultRule rule = new FaultRule(operationIds, picks, next, fraction, fault, seed + GOLDEN_GAMMA * (rules.size() + 1));
            rules.add(rule);
            return rule;
        }
    }

    /**
     * What a request of the operation meets: every latency rule that picks it adds its wait; the first other rule
     * that picks it ends it, and the rules after that one are not asked (their counts and draws stay).
     */
    Decision decide(String operationId) {
        Duration delay = Duration.ZERO;
        Optional<Fault> ending = Optional.empty();
        for (FaultRule rule : rules) {
            if (ending.isPresent() && !rule.isLatency()) {
                continue;
            }
            Optional<Fault> picked = rule.pick(operationId);
            if (picked.isPresent() && picked.get() instanceof Fault.Latency latency) {
                delay = delay.plus(latency.min());
            } else if (picked.isPresent()) {
                ending = picked;
            }
        }
        return new Decision(delay, ending);
    }
}
