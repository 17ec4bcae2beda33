package io.github.teamauthkit.contract;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * The failures of a run, for a person to act on: first their causes, most checks first (failures after the same
 * answer, or with the same message, share a cause: one defect of a server fails many checks), then each failure
 * with its message and, where it sent one, the last request and a command that repeats it. No stack frames: they
 * are the kit's and REST Assured's, never the server's.
 */
final class FailureReport implements TestExecutionListener {

    /** Enough for a shrunk sequence, whose message is its requests. */
    private static final int MESSAGE_LINES = 40;

    private record Failure(String check, Optional<String> rule, String message, String cause, String shown) {
    }

    /** A check's method name is the unique id's segment after its class: {@code [method:name(…)]}, or a factory's. */
    private static final Pattern METHOD = Pattern.compile("\\[(?:method|test-factory|test-template):([a-zA-Z0-9]+)\\(");

    private final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
    private final RulesTable rules = RulesTable.packed();

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.FAILED) {
            result.getThrowable().ifPresent(thrown -> failures.add(new Failure(name(test), rule(test),
                    String.valueOf(thrown.getMessage()), cause(thrown), cut(firstLine(firstFailed(thrown))))));
        }
    }

    void printTo(PrintWriter out) {
        if (failures.isEmpty()) {
            return;
        }
        // Each cause shown as its first failure says it, counted over every failure that shares it.
        Map<String, List<Failure>> causes = new LinkedHashMap<>();
        failures.forEach(failure -> causes.computeIfAbsent(failure.cause(), cause -> new ArrayList<>()).add(failure));
        out.println();
        out.println("Causes, most checks first:");
        causes.values().stream().sorted(Comparator.comparingInt(List<Failure>::size).reversed())
                .forEach(same -> out.printf("  %3d %s · %s%n", same.size(), same.size() == 1 ? "check " : "checks", same.get(0).shown()));
        out.println();
        out.println("Failures (" + failures.size() + "):");
        for (Failure failure : failures) {
            out.println("  " + failure.check());
            failure.rule().ifPresent(rule -> out.println("    rule: " + rule));
            failure.message().lines().limit(MESSAGE_LINES).forEach(line -> out.println("    " + line.strip()));
        }
    }

    private Optional<String> rule(TestIdentifier test) {
        Matcher method = METHOD.matcher(test.getUniqueId());
        return ProgressListener.className(test).filter(name -> method.find())
                .flatMap(name -> rules.ruleOf(name.substring(name.lastIndexOf('.') + 1) + "#" + method.group(1)));
    }

    private static String name(TestIdentifier test) {
        return ProgressListener.className(test).map(name -> name.substring(name.lastIndexOf('.') + 1) + " > ").orElse("")
                + test.getDisplayName();
    }

    /**
     * What failures with one cause have in common: the first line of the first assertion that failed (a property
     * check's failure, or a check's with the request the kit added, wraps the one that found the defect), with the
     * generated names that differ from check to check left out.
     */
    private static String cause(Throwable thrown) {
        return firstLine(firstFailed(thrown)).replaceAll("CT_[A-Z0-9]{12}", "CT_…");
    }

    private static Throwable firstFailed(Throwable thrown) {
        Throwable first = thrown;
        for (Throwable t = thrown.getCause(); t != null; t = t.getCause()) {
            if (t instanceof AssertionError && t.getMessage() != null) {
                first = t;
            }
        }
        return first;
    }

    private static String firstLine(Throwable thrown) {
        return thrown.getMessage() == null ? String.valueOf(thrown) : thrown.getMessage().strip().lines().findFirst().orElse("");
    }

    private static String cut(String line) {
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
