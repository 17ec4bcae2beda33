package io.github.teamauthkit.contract;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Notes every check that did not run, skipped or aborted, with why (e.g. the option it needed), so the console says
 * it: a run that leaves checks out must not look like a full one.
 */
final class NotRunListener implements TestExecutionListener {

    private final List<String> notRun = new ArrayList<>();

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        notRun.add(test.getDisplayName() + ": " + reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            notRun.add(test.getDisplayName() + ": " + result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
        }
    }

    /** Prints the checks that did not run, one line each, if any. */
    void printTo(PrintWriter out) {
        if (!notRun.isEmpty()) {
            out.println("Not run (" + notRun.size() + "), and what each needed:");
            notRun.forEach(line -> out.println("  " + line));
        }
    }
}
