package io.github.teamauthkit.reference;

import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * Ends the process at the first {@link OutOfMemoryError} anywhere, with one line on standard error and exit status
 * {@value #STATUS}. A server whose I/O threads met one stayed alive and never answered again (its accept and
 * housekeeping threads caught the error and logged it), so no supervisor restarted it; ended, it is restarted. Two
 * paths are watched: a thread the error ends, and an error a library catches and logs.
 */
final class OutOfMemoryExit extends Handler {

    static final int STATUS = 3;

    private OutOfMemoryExit() {
    }

    /** Watches both paths: the default uncaught-exception handler, and a handler on the root logger returned to add. */
    static Handler install() {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            exitIfOutOfMemory(e, thread.getName());
            if (previous != null) {
                previous.uncaughtException(thread, e);
            } else {
                thread.getThreadGroup().uncaughtException(thread, e);
            }
        });
        return new OutOfMemoryExit();
    }

    @Override
    public void publish(LogRecord record) {
        exitIfOutOfMemory(record.getThrown(), Thread.currentThread().getName());
    }

    private static void exitIfOutOfMemory(Throwable e, String where) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                // halt, not exit: shutdown hooks would need memory and threads that may not be there.
                System.err.println("reference-server: out of memory (in thread " + where + "); exiting with status " + STATUS
                        + " so that a supervisor restarts it");
                System.err.flush();
                Runtime.getRuntime().halt(STATUS);
            }
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
