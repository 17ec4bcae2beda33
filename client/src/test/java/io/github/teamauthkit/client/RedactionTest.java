package io.github.teamauthkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import io.github.teamauthkit.client.errors.TeamAuthException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
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

    @Test
    void aValueQuotedAsJsonInsideAnErrorIsCaughtInEveryEscapedFormAndAtAnyDepth() throws Exception {
        String value = "s\"cr/t\\\u00e9-7f2";
        // The value as a server quoting the request body may show it: escaped as inside a JSON string, by various encoders.
        String quoted = "s\\\"cr/t\\\\\u00e9-7f2";
        List<String> echoes = List.of(quoted, quoted.replace("/", "\\/"), quoted.replace("\u00e9", "\\u00e9"),
                quoted.replace("\u00e9", "\\u00E9"));
        ObjectMapper json = new ObjectMapper();
        List<String> shown = new CopyOnWriteArrayList<>();
        try (ScriptedHttpServer server = new ScriptedHttpServer()) {
            TeamAuthClient client = TeamAuthClient.builder().apiKey(TeamAuthClientTest.KEY).baseUrl(server.baseUri().toString())
                    .maxRetries(0).build();
            for (String echo : echoes) {
                server.answer("POST /teams/t1/secrets", 409, json.writeValueAsString(Map.of("code", "CONFLICT " + echo,
                        "message", "body was {\"value\":\"" + echo + "\"}",
                        "details", Map.of("request", Map.of("value", echo), "seen", List.of(value, echo)))));
                TeamAuthException error = (TeamAuthException) catchThrowable(() -> client.secrets("t1").create("HF_TOKEN", value));
                shown.add(error + " " + error.error());
            }
        }
        assertThat(shown).hasSize(echoes.size()).allSatisfy(text -> assertThat(text).doesNotContain("cr/t").doesNotContain("cr\\/t")
                .contains("body was {\"value\":\"***\"}"));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
