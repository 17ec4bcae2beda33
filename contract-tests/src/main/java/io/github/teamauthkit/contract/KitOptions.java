package io.github.teamauthkit.contract;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The runnable kit's command line. Parsed by hand: the kit depends on the spec, the validator, REST Assured and JUnit
 * only, and ten options do not earn a parser library in every user's CI jar.
 */
final class KitOptions {

    /** A usage mistake: the message is one line for the user, never including an option's value. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    private record Option(String name, String property, boolean fromEnvironment, String description) {

        /** The variable that gives it, named as a JUnit run of the checks reads it too; null when none does. */
        String environment() {
            return fromEnvironment ? ContractTarget.environmentVariable(ContractTarget.PREFIX + property) : null;
        }
    }

    /** An option without a value ({@code --name}, or {@code --name=false} to turn off a default). */
    private record Flag(String name, String property, boolean onWhenCi, String description) {
    }

    private static final List<Option> OPTIONS = List.of(
            new Option("--base-url", "baseUrl", false, "The API's base URL, e.g. http://127.0.0.1:8080/v1 (required)."),
            new Option("--team-id", "teamId", true, "The team the keys belong to."),
            new Option("--admin-key", "adminKey", true, "A team admin's API key."),
            new Option("--member-key", "memberKey", true, "A non-admin member's API key."),
            new Option("--other-team-key", "otherTeamKey", true, "A key of another team."),
            new Option("--disposable-member-id", "disposableMemberId", true,
                    "A member the suite may remove (it removes itself)."),
            new Option("--disposable-member-key", "disposableMemberKey", true, "That member's API key."),
            new Option("--seed", "seed", false, "The seed of the generated inputs, to replay a run: every failure of a "
                    + "property check prints it (default: a new one each run)."),
            new Option("--reports", null, false, "Directory for JUnit XML and the coverage table (default: contract-reports)."));

    private static final List<Flag> FLAGS = List.of(
            new Flag("--require-full-coverage", "requireFullCoverage", true, "A check lacking an input fails instead of being skipped, "
                    + "and so does a documented status left unexercised without an allowed reason (default when CI=true)."),
            new Flag("--strict-properties", "strictProperties", false, "A response may hold only the properties the spec lists "
                    + "(OpenAPI allows more, and servers add fields over time)."),
            new Flag("--check-throttling", "checkThrottling", false, "Also checks the auth-failure limit: refused keys past it "
                    + "get 429 with Retry-After, a key already found valid still works. Locks this address out of new keys "
                    + "for a minute, so off by default; counts 429 as exercised."));

    /** The server and the keys, by {@code contract.*} name (without its prefix). */
    final Map<String, String> target;
    /** The flags, by {@code contract.*} name (without its prefix). */
    final Map<String, String> flags;
    final Path reports;
    final boolean help;

    private KitOptions(Map<String, String> target, Map<String, String> flags, Path reports, boolean help) {
        this.target = target;
        this.flags = flags;
        this.reports = reports;
        this.help = help;
    }

    /**
     * Reads the command line, then the environment for what it does not set.
     *
     * @throws UsageException on an unknown option, a missing value or a missing base URL
     */
    static KitOptions parse(String[] args, Function<String, String> environment) throws UsageException {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return new KitOptions(Map.of(), Map.of(), null, true);
            }
            int equals = arg.indexOf('=');
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            if (FLAGS.stream().anyMatch(flag -> flag.name().equals(name))) {
                String value = equals > 0 ? arg.substring(equals + 1) : "true";
                if (!value.equals("true") && !value.equals("false")) {
                    throw new UsageException(name + " takes no value, or =true or =false");
                }
                given.put(name, value);
                continue;
            }
            if (OPTIONS.stream().noneMatch(option -> option.name().equals(name))) {
                throw new UsageException((name.startsWith("-") ? "unknown option " + name : "unexpected argument") + " (see --help)");
            }
            String value = equals > 0 ? arg.substring(equals + 1) : i + 1 < args.length ? args[++i] : null;
            if (value == null || value.isBlank()) {
                throw new UsageException(name + " needs a value");
            }
            given.put(name, value);
        }
        Map<String, String> target = new LinkedHashMap<>();
        for (Option option : OPTIONS) {
            String value = given.getOrDefault(option.name(), option.environment() == null ? null : environment.apply(option.environment()));
            if (option.property() != null && value != null && !value.isBlank()) {
                target.put(option.property(), value);
            }
        }
        Map<String, String> flags = new LinkedHashMap<>();
        for (Flag flag : FLAGS) {
            boolean byDefault = flag.onWhenCi() && "true".equals(environment.apply("CI"));
            flags.put(flag.property(), given.getOrDefault(flag.name(), String.valueOf(byDefault)));
        }
        if (target.containsKey("seed") && !target.get("seed").matches("-?\\d{1,19}")) {
            throw new UsageException("--seed takes a whole number, as a failure prints it");
        }
        if (!target.containsKey("baseUrl")) {
            throw new UsageException("missing --base-url (see --help)");
        }
        return new KitOptions(target, flags, Path.of(given.getOrDefault("--reports", "contract-reports")), false);
    }

    static String usage() {
        StringBuilder usage = new StringBuilder("""
                Usage: java -jar contract-tests.jar --base-url URL [options]
                Checks a running Team & Auth API server against the spec and the documented rules, writes JUnit XML
                and the coverage table. Exits 0 when every check ran and passed (or did not apply to the target), 1 when a
                check failed, 2 on a usage mistake or a target that is not what the options say (checked first: the
                URL, the base path, each key's role), 3 when what ran passed but checks were left out for want of an input.
                Keys may come from the environment (in brackets), which keeps them out of shell history.
                """);
        for (Option option : OPTIONS) {
            usage.append(String.format("  %-24s %s%s%n", option.name(), option.description(),
                    option.environment() == null ? "" : " [" + option.environment() + "]"));
        }
        for (Flag flag : FLAGS) {
            usage.append(String.format("  %-24s %s%n", flag.name(), flag.description()));
        }
        return usage.append(String.format("  %-24s %s%n", "-h, --help", "Shows this help.")).toString();
    }
}
