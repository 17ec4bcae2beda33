package io.github.teamauthkit.reference.fault;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A fault plan written as JSON, for the reference server's {@code --faults} option:
 *
 * <pre>{@code
 * {"seed": 42,
 *  "faults": [
 *    {"operations": ["createTeamSecret"], "next": 1, "fault": "commit-then-drop"},
 *    {"operations": "*", "fraction": 0.1, "fault": "unavailable", "retryAfterSeconds": 1},
 *    {"operations": ["listTeamSecrets"], "fault": "latency", "millis": [50, 400]}]}
 * }</pre>
 *
 * A rule picks every request unless it gives {@code next} or {@code fraction}. Faults: {@code latency} and
 * {@code slow-body} (with {@code millis}: a number, or {@code [min, max]} for latency), {@code throttle} (429) and
 * {@code unavailable} (503) (with {@code retryAfterSeconds}, default 1), {@code internal-error} (500),
 * {@code close-before-acting}, {@code commit-then-drop}, {@code commit-then-cut}. A mistake is reported with the
 * file and the JSON pointer of the value at fault.
 */
public final class FaultProfile {

    private static final Set<String> PROFILE_KEYS = Set.of("seed", "faults");
    private static final Set<String> RULE_KEYS = Set.of("operations", "next", "fraction", "fault", "millis", "retryAfterSeconds");
    private static final Map<String, Function<Rule, FaultRule>> FAULTS = Map.of(
            "latency", rule -> rule.millisRange((min, max) -> rule.target.latency(min, max)),
            "slow-body", rule -> rule.target.slowBody(rule.millis()),
            "throttle", rule -> rule.target.throttle(rule.retryAfter()),
            "unavailable", rule -> rule.target.unavailable(rule.retryAfter()),
            "internal-error", rule -> rule.target.internalError(),
            BrokenAnswer.Kind.CLOSE_BEFORE_ACTING.profileName(), rule -> rule.target.closeBeforeActing(),
            BrokenAnswer.Kind.COMMIT_THEN_DROP.profileName(), rule -> rule.target.commitThenDrop(),
            BrokenAnswer.Kind.COMMIT_THEN_CUT.profileName(), rule -> rule.target.commitThenCut());

    private final Path file;

    private FaultProfile(Path file) {
        this.file = file;
    }

    /**
     * Reads a profile into a plan, every rule checked before any is added.
     *
     * @param file         the JSON file
     * @param faults       the plan to add the rules to
     * @param seedOverride a seed that wins over the file's
     * @return the seed used: the override, the file's, or a random one when neither gives one
     * @throws IOException             if the file cannot be read
     * @throws IllegalArgumentException naming the file and the JSON pointer of a mistake
     */
    public static long apply(Path file, Faults faults, OptionalLong seedOverride) throws IOException {
        return new FaultProfile(file).apply(faults, seedOverride);
    }

    private long apply(Faults faults, OptionalLong seedOverride) throws IOException {
        JsonNode profile = parse();
        object(profile, "", PROFILE_KEYS);
        JsonNode seedNode = profile.path("seed");
        if (!seedNode.isMissingNode() && !seedNode.canConvertToExactIntegral()) {
            throw mistake("/seed", "is not a whole number");
        }
        long seed = seedOverride.orElse(seedNode.isMissingNode() ? new SplittableRandom().nextLong() : seedNode.longValue());
        JsonNode rules = profile.path("faults");
        if (!rules.isArray()) {
            throw mistake("/faults", "must be an array of fault rules");
        }
        // A trial plan first: a mistake in the third rule leaves the server's plan without the first two.
        addRules(faults.emptyCopy(), rules);
        faults.seed(seed);
        addRules(faults, rules);
        return seed;
    }

    private void addRules(Faults plan, JsonNode rules) {
        for (int i = 0; i < rules.size(); i++) {
            String at = "/faults/" + i;
            object(rules.get(i), at, RULE_KEYS);
            rule(plan, rules.get(i), at);
        }
    }

    private FaultRule rule(Faults plan, JsonNode rule, String at) {
        FaultTarget target = target(plan, rule.path("operations"), at + "/operations");
        if (rule.has("next") && rule.has("fraction")) {
            throw mistake(at, "has both next and fraction; a rule picks requests one way");
        }
        try {
            if (rule.has("next")) {
                JsonNode next = rule.get("next");
                target.next(next.canConvertToExactIntegral() ? next.longValue() : 0);
            } else if (rule.has("fraction")) {
                JsonNode fraction = rule.get("fraction");
                target.fraction(fraction.isNumber() ? fraction.doubleValue() : -1);
            }
        } catch (IllegalArgumentException e) {
            throw mistake(at + (rule.has("next") ? "/next" : "/fraction"), rule.has("next")
                    ? "must be a whole number, 1 or more" : "must be a number more than 0 and at most 1");
        }
        String name = rule.path("fault").asText("");
        Function<Rule, FaultRule> fault = FAULTS.get(name);
        if (fault == null) {
            throw mistake(at + "/fault", "must be one of " + String.join(", ", FAULTS.keySet().stream().sorted().toList()));
        }
        boolean timed = name.equals("latency") || name.equals("slow-body");
        boolean retried = name.equals("throttle") || name.equals("unavailable");
        if (timed != rule.has("millis")) {
            throw mistake(at + (timed ? "" : "/millis"), timed ? "needs millis for " + name : "is not used by " + name);
        }
        if (rule.has("retryAfterSeconds") && !retried) {
            throw mistake(at + "/retryAfterSeconds", "is not used by " + name);
        }
        return fault.apply(new Rule(target, rule, at));
    }

    private FaultTarget target(Faults plan, JsonNode operations, String at) {
        if (operations.isTextual() && operations.asText().equals("*")) {
            return plan.onEveryOperation();
        }
        if (!operations.isArray() || operations.isEmpty()) {
            throw mistake(at, "must be \"*\" or a non-empty array of operationIds");
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            String id = operations.get(i).asText("");
            if (!plan.operations().contains(id)) {
                throw mistake(at + "/" + i, "is not an operation of the spec; its operations: " + String.join(", ", plan.operations()));
            }
            ids.add(id);
        }
        return plan.on(ids.toArray(String[]::new));
    }

    /** A rule's fault-specific values, read with their pointers. */
    private final class Rule {
        private final FaultTarget target;
        private final JsonNode rule;
        private final String at;

        Rule(FaultTarget target, JsonNode rule, String at) {
            this.target = target;
            this.rule = rule;
            this.at = at;
        }

        Duration millis() {
            return Duration.ofMillis(whole(rule.get("millis"), at + "/millis"));
        }

        FaultRule millisRange(BiFunction<Duration, Duration, FaultRule> latency) {
            JsonNode millis = rule.get("millis");
            if (!millis.isArray()) {
                return latency.apply(millis(), millis());
            }
            if (millis.size() != 2) {
                throw mistake(at + "/millis", "must be a number or [min, max]");
            }
            long min = whole(millis.get(0), at + "/millis/0");
            long max = whole(millis.get(1), at + "/millis/1");
            if (max < min) {
                throw mistake(at + "/millis", "has a max below its min");
            }
            return latency.apply(Duration.ofMillis(min), Duration.ofMillis(max));
        }

        Duration retryAfter() {
            return Duration.ofSeconds(rule.has("retryAfterSeconds") ? whole(rule.get("retryAfterSeconds"), at + "/retryAfterSeconds") : 1);
        }
    }

    private long whole(JsonNode value, String at) {
        if (!value.canConvertToExactIntegral() || value.longValue() < 0) {
            throw mistake(at, "must be a whole number, 0 or more");
        }
        return value.longValue();
    }

    private void object(JsonNode node, String at, Set<String> keys) {
        if (!node.isObject()) {
            throw mistake(at, "must be an object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!keys.contains(name)) {
                throw mistake(at + "/" + name, "is not a key of a fault profile here; the keys: " + String.join(", ",
                        keys.stream().sorted().toList()));
            }
        }
    }

    private JsonNode parse() throws IOException {
        try {
            return new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage());
        }
    }

    private IllegalArgumentException mistake(String pointer, String what) {
        return new IllegalArgumentException(file + ": " + (pointer.isEmpty() ? "/" : pointer) + " " + what);
    }
}
