package io.github.teamauthkit.cli;

/** Entry point of {@code paperspace}. */
public final class PaperspaceMain {

    private PaperspaceMain() {
    }

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        int exitCode = CommandTree.forArguments(args).execute(args);
        wakeHttpSelectors();
        System.exit(exitCode);
    }

    /**
     * HotSpot's exit waits up to 300 ms for threads running native code, and the JDK HTTP client's
     * selector thread sits in {@code epoll_wait} until its client is collected: every command that
     * made a request took 0.3 s longer to end than to finish (measured on JDK 17 and 25). An
     * interrupt wakes the selector into Java code, where the exit does not wait for it; the process
     * is ending, so nothing it would still do is lost.
     */
    private static void wakeHttpSelectors() {
        Thread[] threads = new Thread[Thread.activeCount() + 8];
        int count = Thread.enumerate(threads);
        for (int i = 0; i < count; i++) {
            if (threads[i].getName().endsWith("-SelectorManager")) {
                threads[i].interrupt();
            }
        }
    }
}
