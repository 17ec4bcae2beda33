package io.github.teamauthkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class LogLineFormatterTest {

    private final LogLineFormatter formatter = new LogLineFormatter();

    @Test
    void aLineIsUtcTimeToTheMillisecondLevelLoggerAndMessage() {
        assertThat(formatter.format(record(Instant.parse("2026-11-29T15:21:48.024913Z"), "GET /v1/teams 200 {0}ms", 3)))
                .isEqualTo("2026-11-29T15:21:48.024Z INFO io.github.teamauthkit.reference.access: GET /v1/teams 200 3ms"
                        + System.lineSeparator());
        assertThat(formatter.format(record(Instant.parse("2026-11-29T15:21:48Z"), "same second", 0)))
                .startsWith("2026-11-29T15:21:48.000Z INFO");
        assertThat(formatter.format(record(Instant.parse("1999-12-31T23:59:59.999Z"), "earlier", 0)))
                .startsWith("1999-12-31T23:59:59.999Z INFO");
    }

    @Test
    void aThrownExceptionFollowsOnTheNextLines() {
        LogRecord failed = record(Instant.parse("2026-11-29T15:21:48.024Z"), "failed", 0);
        failed.setThrown(new IllegalStateException("broken"));
        assertThat(formatter.format(failed)).contains(": failed" + System.lineSeparator() + "java.lang.IllegalStateException: broken")
                .contains("\tat ");
    }

    @Test
    void theCallerIsNeverLookedUp() {
        // Finding the source class walks the stack: the cost this formatter exists to avoid.
        LogRecord record = new LogRecord(Level.INFO, "no caller") {
            @Override
            public String getSourceClassName() {
                throw new AssertionError("the source class was looked up");
            }

            @Override
            public String getSourceMethodName() {
                throw new AssertionError("the source method was looked up");
            }
        };
        record.setLoggerName("test");
        assertThat(formatter.format(record)).contains("INFO test: no caller");
    }

    private static LogRecord record(Instant time, String message, int parameter) {
        LogRecord record = new LogRecord(Level.INFO, message);
        record.setInstant(time);
        record.setLoggerName("io.github.teamauthkit.reference.access");
        record.setParameters(new Object[] {parameter});
        return record;
    }
}
