package io.github.teamauthkit.reference;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One log line: {@code 2026-11-29T15:21:48.024Z INFO logger.name: message}, then the stack trace of a
 * thrown exception, if any. The time is UTC to the millisecond.
 *
 * <p>Written by hand because the access log formats a line per request: java.util.logging's
 * {@code SimpleFormatter} walks the caller's stack for the source class on every record (whether
 * or not its format prints it) and formats through {@code String.format} and {@code java.time}'s
 * fraction printer; together 17 % of the reference server's CPU under load (BENCHMARKS.md).
 */
final class LogLineFormatter extends Formatter {

    private static final DateTimeFormatter TO_THE_SECOND = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    /** The formatted second of the last line; lines of one second share it. */
    private volatile Second lastSecond = new Second(Long.MIN_VALUE, "");

    @Override
    public String format(LogRecord record) {
        Instant time = record.getInstant();
        StringBuilder line = new StringBuilder(128);
        line.append(second(time.getEpochSecond())).append('.');
        int millis = time.getNano() / 1_000_000;
        line.append((char) ('0' + millis / 100)).append((char) ('0' + millis / 10 % 10)).append((char) ('0' + millis % 10));
        line.append("Z ").append(record.getLevel().getLocalizedName()).append(' ').append(record.getLoggerName()).append(": ")
                .append(formatMessage(record));
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            try (PrintWriter out = new PrintWriter(trace)) {
                out.println();
                record.getThrown().printStackTrace(out);
            }
            line.append(trace);
        }
        return line.append(System.lineSeparator()).toString();
    }

    private String second(long epochSecond) {
        Second last = lastSecond;
        if (last.epochSecond != epochSecond) {
            last = new Second(epochSecond, TO_THE_SECOND.format(Instant.ofEpochSecond(epochSecond)));
            lastSecond = last;
        }
        return last.text;
    }

    private record Second(long epochSecond, String text) {
    }
}
