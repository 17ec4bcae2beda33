package io.github.teamauthkit.contract.server;

import java.security.SecureRandom;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Property checks over generated inputs: one test per input, all drawn from one seed. A failing
 * input is shrunk (shorter prefixes that still fail) and reported with the seed, so the run can be
 * replayed with {@code -Dcontract.seed=…}. The seed is chosen per run unless given.
 */
final class Generated {

    /** The run's seed unless one is given: every generated input and sequence is drawn from it. */
    private static final long RANDOM_SEED = new SecureRandom().nextLong();

    /** The seed given as {@code contract.seed} now, else the run's own; read per check, so that a run can pin it. */
    static long seed() {
        return Long.getLong("contract.seed", RANDOM_SEED);
    }

    private Generated() {
    }

    /** A generator of strings: of characters from an alphabet, of a length in a range. */
    static Function<Random, String> strings(String alphabet, int minLength, int maxLength) {
        return random -> {
            int length = minLength + random.nextInt(maxLength - minLength + 1);
            StringBuilder text = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return text.toString();
        };
    }

    /** One of several generators, each as likely. */
    @SafeVarargs
    static Function<Random, String> oneOf(Function<Random, String>... generators) {
        return random -> generators[random.nextInt(generators.length)].apply(random);
    }

    /**
     * A dynamic test per generated input.
     *
     * @param property what must hold, throwing {@link AssertionError} when it does not
     * @param shrink   whether shorter prefixes of a failing input are tried (only where they stay in the generated class)
     */
    static Stream<DynamicTest> forAll(String name, int tries, Function<Random, String> generator, Consumer<String> property,
            boolean shrink) {
        long seed = seed();
        Random random = new Random(seed ^ name.hashCode());
        List<String> inputs = IntStream.range(0, tries).mapToObj(i -> generator.apply(random)).toList();
        return IntStream.range(0, tries).mapToObj(i -> DynamicTest.dynamicTest(name + " #" + (i + 1) + " (" + describe(inputs.get(i)) + ")",
                () -> check(name, seed, i, inputs.get(i), property, shrink)));
    }

    private static void check(String name, long seed, int index, String input, Consumer<String> property, boolean shrink) {
        try {
            property.accept(input);
        } catch (AssertionError failure) {
            String smallest = shrink ? smallestFailing(input, property) : input;
            AssertionError reported = new AssertionError(name + " failed for input #" + (index + 1) + " of seed " + seed
                    + (smallest.equals(input) ? "" : "; shrunk to " + describe(smallest)) + "; replay with --seed " + seed + " (-Dcontract.seed=" + seed + " in a build)"
                    + ": " + failure.getMessage(), failure);
            throw reported;
        }
    }

    /** The shortest of the prefixes of 1, 2, 4, 8… characters for which the property still fails, else the input. */
    private static String smallestFailing(String input, Consumer<String> property) {
        for (int length = 1; length < input.length(); length *= 2) {
            if (fails(input.substring(0, length), property)) {
                return input.substring(0, length);
            }
        }
        return input;
    }

    private static boolean fails(String input, Consumer<String> property) {
        try {
            property.accept(input);
            return false;
        } catch (AssertionError e) {
            return true;
        }
    }

    /** An input as a test name may show it: short ones whole, long ones by length and start. */
    static String describe(String input) {
        return input.length() <= 40 ? "\"" + input.replaceAll("\\p{Cntrl}", "?") + "\""
                : input.length() + " characters, starting \"" + input.substring(0, 16).replaceAll("\\p{Cntrl}", "?") + "\"";
    }
}
