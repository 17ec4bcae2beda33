package io.github.teamauthkit.contract;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/** One console line per class of checks as it ends: what passed, failed and did not run, and how long it took. */
final class ProgressListener implements TestExecutionListener {

    private record Tally(long startNanos, int[] counts) {
    }

    private static final int PASSED = 0;
    private static final int FAILED = 1;
    private static final int NOT_RUN = 2;

    private final PrintWriter out;
    private final Map<String, Tally> classes = new ConcurrentHashMap<>();

    ProgressListener(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void executionStarted(TestIdentifier test) {
        className(test).filter(name -> isClass(test)).ifPresent(name -> classes.put(name, new Tally(System.nanoTime(), new int[3])));
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        tally(test).ifPresent(tally -> tally.counts()[NOT_RUN]++);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (isClass(test)) {
            className(test).map(classes::remove).ifPresent(tally -> print(test.getDisplayName(), tally));
        } else if (test.isTest()) {
            tally(test).ifPresent(tally -> tally.counts()[switch (result.getStatus()) {
                case SUCCESSFUL -> PASSED;
                case FAILED -> FAILED;
                case ABORTED -> NOT_RUN;
            }]++);
        }
    }

    private void print(String name, Tally tally) {
        int[] counts = tally.counts();
        out.printf("%-28s %3d passed, %d failed, %d not run (%.1f s)%n", name, counts[PASSED], counts[FAILED], counts[NOT_RUN],
                (System.nanoTime() - tally.startNanos()) / 1e9);
    }

    private Optional<Tally> tally(TestIdentifier test) {
        return className(test).map(classes::get);
    }

    private static boolean isClass(TestIdentifier test) {
        return test.getSource().filter(ClassSource.class::isInstance).isPresent();
    }

    /** The class a check or a class container belongs to, from its unique id's class segment. */
    static Optional<String> className(TestIdentifier test) {
        String id = test.getUniqueId();
        int start = id.indexOf("[class:");
        return start < 0 ? Optional.empty() : Optional.of(id.substring(start + 7, id.indexOf(']', start)));
    }
}
