package io.github.teamauthkit.reference;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** The records a logger (and the loggers under it) publishes while this is open: what a server logged. */
final class LogCapture extends Handler implements AutoCloseable {

    private final Logger logger;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private LogCapture(Logger logger) {
        this.logger = logger;
    }

    /** Starts capturing what the named logger publishes; {@code ""} is every logger. */
    static LogCapture of(String loggerName) {
        LogCapture capture = new LogCapture(Logger.getLogger(loggerName));
        capture.logger.addHandler(capture);
        return capture;
    }

    List<LogRecord> records() {
        return records;
    }

    /**
     * Waits until the records published so far satisfy the condition: a log line written just after an answer
     * arrived is waited for as an event, the bound only a last resort against a hang.
     *
     * @return whether they did within the bound
     */
    boolean await(Predicate<List<LogRecord>> condition, Duration lastResort) throws InterruptedException {
        long deadline = System.nanoTime() + lastResort.toNanos();
        synchronized (this) {
            while (!condition.test(records)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return true;
        }
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
        synchronized (this) {
            notifyAll();
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
