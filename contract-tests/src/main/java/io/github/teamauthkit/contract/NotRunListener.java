package io.github.teamauthkit.contract;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Notes every check that did not run, with why, so the console says it: a run that leaves checks out for want of an
 * input must not look like a full one, and one whose target's set-up rules a check out says so apart.
 */
final class NotRunListener implements TestExecutionListener {

    private final List<String> lackedInput = new ArrayList<>();
    private final List<String> notApplicable = new ArrayList<>();

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        lackedInput.add(test.getDisplayName() + ": " + reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            Throwable why = result.getThrowable().orElse(null);
            String line = test.getDisplayName() + ": " + (why == null ? "aborted" : why.getMessage());
            (why instanceof NotApplicable ? notApplicable : lackedInput).add(line);
        }
    }

    /** How many checks did not run for want of an input. */
    int lackedInput() {
        return lackedInput.size();
    }

    /** Prints the checks that did not run, one line each, if any. */
    void printTo(PrintWriter out) {
        if (!lackedInput.isEmpty()) {
            out.println("Not run (" + lackedInput.size() + "), and what each needed:");
            lackedInput.forEach(line -> out.println("  " + line));
        }
        if (!notApplicable.isEmpty()) {
            out.println("Not applicable to this target (" + notApplicable.size() + "), allowed:");
            notApplicable.forEach(line -> out.println("  " + line));
        }
    }
}
