package io.github.teamauthkit.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * One line per log record on standard error, so standard output carries only what scripts read
 * (the {@code Listening on} line). Libraries log warnings only.
 */
final class Logging {

    private static final String[] QUIET = {"org.jboss", "io.undertow", "org.xnio", "com.zaxxer.hikari", "org.flywaydb",
        "org.hibernate.validator", "org.h2"};

    /** About a second of access log at the reference server's measured throughput. */
    private static final int QUEUED_LINES = 8192;

    /** java.util.logging holds loggers weakly: a level set on an unreferenced logger is lost. */
    private static final List<Logger> CONFIGURED = new ArrayList<>();

    private Logging() {
    }

    static void configure() {
        System.setProperty("org.jboss.logging.provider", "jdk");
        LogManager.getLogManager().reset();
        BackgroundLogHandler handler = new BackgroundLogHandler(System.err, QUEUED_LINES);
        handler.setFormatter(new LogLineFormatter());
        handler.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        // First, so that a logged OutOfMemoryError ends the process before its stack trace is queued for output.
        root.addHandler(OutOfMemoryExit.install());
        root.addHandler(handler);
        root.setLevel(Level.INFO);
        for (String name : QUIET) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.WARNING);
            CONFIGURED.add(logger);
        }
    }
}
