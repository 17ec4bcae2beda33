package io.github.teamauthkit.testserver;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.teamauthkit.client.TeamAuthClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** A server started for a user's tests writes nothing into their output but warnings and errors. */
class QuietLogsTest {

    @Test
    void startingAndUsingAServerLogsNothingBelowWarning() throws Exception {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try (InProcessTeamAuthServer server = InProcessTeamAuthServer.start()) {
            TeamAuthClient admin = server.team().adminClient();
            admin.secrets(server.team().id()).create("QUIET", "v");
            admin.secrets(server.team().id()).list();
        } finally {
            root.removeHandler(capture);
        }
        // Before: RESTEasy's deployment, Hikari's pool and one access-log line per request.
        assertThat(records).allSatisfy(record -> assertThat(record.getLevel().intValue())
                .as("%s: %s", record.getLoggerName(), record.getMessage()).isGreaterThanOrEqualTo(Level.WARNING.intValue()));
    }
}
