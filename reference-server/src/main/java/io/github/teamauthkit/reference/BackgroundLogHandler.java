package io.github.teamauthkit.reference;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.ErrorManager;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * Writes log lines from one background thread, so a request thread only formats its line and queues it
 * (java.util.logging's ConsoleHandler writes and flushes under a lock on the caller's thread, which cost the
 * reference server about a quarter of its throughput). The queue is bounded: when the writer falls behind,
 * callers wait rather than lines being lost. {@link #close()}, which the JVM's LogManager runs at exit,
 * writes everything still queued.
 */
final class BackgroundLogHandler extends Handler {

    /** Compared by identity: no formatted line can be this instance. */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String END = new String("end of log");

    private final BlockingQueue<String> lines;
    private final PrintStream out;
    private final Thread writer;

    BackgroundLogHandler(PrintStream out, int capacity) {
        this.out = out;
        this.lines = new ArrayBlockingQueue<>(capacity);
        this.writer = new Thread(this::writeUntilClosed, "log-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        String line;
        try {
            line = getFormatter().format(record);
        } catch (RuntimeException e) {
            reportError(null, e, ErrorManager.FORMAT_FAILURE);
            return;
        }
        if (!writer.isAlive()) {
            write(List.of(line));
            return;
        }
        try {
            lines.put(line);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            write(List.of(line));
        }
    }

    private void writeUntilClosed() {
        List<String> batch = new ArrayList<>();
        try {
            while (true) {
                batch.add(lines.take());
                lines.drainTo(batch);
                boolean closing = batch.removeIf(line -> line == END);
                write(batch);
                batch.clear();
                if (closing) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void write(List<String> batch) {
        StringBuilder text = new StringBuilder();
        batch.forEach(text::append);
        synchronized (out) {
            out.print(text);
            out.flush();
        }
    }

    @Override
    public void flush() {
        out.flush();
    }

    /** Stops the writer after it has written every line queued so far; later lines are written directly. */
    @Override
    public void close() {
        if (writer.isAlive()) {
            try {
                lines.put(END);
                writer.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<String> rest = new ArrayList<>();
        lines.drainTo(rest);
        rest.removeIf(line -> line == END);
        write(rest);
    }
}
