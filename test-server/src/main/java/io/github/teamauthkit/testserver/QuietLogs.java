package io.github.teamauthkit.testserver;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the embedded server out of a user's test output: the libraries it runs on (RESTEasy, Hikari,
 * Hibernate Validator, Undertow, XNIO) and its access log say only warnings and errors, unless the system property
 * {@value #SWITCH} is {@code true}. The loggers are held here: java.util.logging forgets the level of a logger no
 * one references.
 */
final class QuietLogs {

    /** The system property that brings the server's logs back. */
    static final String SWITCH = "teamauth.testserver.logs";

    private static final List<Logger> QUIETED = List.of("org.jboss.resteasy", "com.zaxxer.hikari",
            "org.hibernate.validator", "io.undertow", "org.xnio", "org.jboss.threads", "io.github.teamauthkit.reference")
            .stream().map(Logger::getLogger).toList();

    private QuietLogs() {
    }

    static void applyUnlessSwitchedOn() {
        if (!Boolean.getBoolean(SWITCH)) {
            QUIETED.forEach(logger -> logger.setLevel(Level.WARNING));
        }
    }
}
