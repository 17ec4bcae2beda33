package io.github.teamauthkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** With logging on, no log line and no exception message holds the API key or a secret value. */
class RedactionTest {

    private static final String VALUE = "plain-secret-value-9c1";


    @Test
    void logsAndErrorsNeverHoldTheKeyOrAValue() {
        List<String> lines = new CopyOnWriteArrayList<>();
        Logger logger = Logger.getLogger("io.github.teamauthkit.client");
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(capture);
        logger.setLevel(Level.ALL);
        List<String> messages = new CopyOnWriteArrayList<>();
        try (ScriptedHttpServer server = new ScriptedHttpServer()) {
            server.answer("POST /teams/t1/secrets", 409, "{\"code\":\"CONFLICT\",\"message\":\"" + VALUE + " / "
                    + TeamAuthClientTest.KEY + "\"}");
            server.answer("PATCH /teams/t1/secrets/HF_TOKEN", 500, "{\"code\":\"BOOM\",\"message\":\"" + VALUE + "\"}");
            server.answer("GET /teams/t1/secrets", 200, TeamAuthClientTest.page());
            TeamAuthClient client = TeamAuthClient.builder().apiKey(TeamAuthClientTest.KEY).baseUrl(server.baseUri().toString())
                    .logRequests(true).maxRetries(1).retryBaseDelay(java.time.Duration.ofMillis(5)).build();

            client.secrets("t1").list();
            messages.add(String.valueOf(catchThrowable(() -> client.secrets("t1").create("HF_TOKEN", VALUE))));
            messages.add(String.valueOf(catchThrowable(() -> client.secrets("t1").update("HF_TOKEN", VALUE))));
        } finally {
            logger.removeHandler(capture);
        }

        assertThat(lines).as("one log line per attempt").hasSize(3)
                .anySatisfy(line -> assertThat(line).contains("Authorization=***"));
        assertThat(messages).hasSize(2);
        for (String text : concat(lines, messages)) {
            assertThat(text).doesNotContain(TeamAuthClientTest.KEY).doesNotContain(VALUE);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
