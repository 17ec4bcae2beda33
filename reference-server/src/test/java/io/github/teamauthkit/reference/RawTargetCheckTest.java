package io.github.teamauthkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/**
 * A request target longer than 8,192 characters, or whose escapes are not UTF-8, is refused with the JSON 400
 * before the path is matched, and refusing it costs little: long targets arriving all at once leave the server
 * answering everyone else (before the limit, a 100 KB path cost 12 s of CPU on an I/O thread), and a refusal
 * writes one short log line (before, RESTEasy logged a 4.6 KB stack trace for each %FF).
 */
class RawTargetCheckTest extends RawSocketSuite {

    private static final int LIMIT = 8192;


    @Test
    void aTargetOverTheLimitIsRefusedWithTheJson400() throws Exception {
        String response = exchange("GET " + pathOfLength(LIMIT + 1) + " HTTP/1.1\r\nHost: x\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400 ");
        assertThat(response).contains("{\"code\":\"BAD_REQUEST\",\"message\":\"The request target is longer than 8192 characters.\"}");
    }

    @Test
    void theQueryCountsTowardsTheLimit() throws Exception {
        String path = "/v1/teams/team-acme/secrets";
        String query = "?after=" + "a".repeat(LIMIT - path.length());

        assertThat(exchange("GET " + path + query + " HTTP/1.1\r\nHost: x\r\n\r\n")).startsWith("HTTP/1.1 400 ")
                .contains("longer than 8192 characters");
    }

    @Test
    void aTargetAtTheLimitGoesOnToTheUsualRules() throws Exception {
        // Matched as usual: no route has this path, so the ordinary JSON 404.
        assertThat(exchange("GET " + pathOfLength(LIMIT) + " HTTP/1.1\r\nHost: x\r\n\r\n")).startsWith("HTTP/1.1 404 ");
    }

    @Test
    void escapesThatAreNotUtf8AreRefusedWithOneShortLogLine() throws Exception {
        // Paths no other test sends: the server is shared, and another test's access-log line may arrive late.
        List<String> loggedLines = List.of("GET /v1/teams/%FF/users 400", "GET /v1/teams/team-utf8/secrets 400");
        List<LogRecord> records;
        try (LogCapture capture = LogCapture.of("")) {
            records = capture.records();
            for (String target : List.of("/v1/teams/%FF/users", "/v1/teams/team-utf8/secrets?after=%C3%28")) {
                String response = exchange("GET " + target + " HTTP/1.1\r\nHost: x\r\n\r\n");
                assertThat(response).as(target).startsWith("HTTP/1.1 400 ")
                        .contains("{\"code\":\"BAD_REQUEST\",\"message\":\"The request target's percent-escapes are not UTF-8.\"}");
            }
            // The access log writes its line when the exchange completes, which may be just after the answer arrived.
            assertThat(capture.await(published -> linesNaming(published, loggedLines) >= 2, Duration.ofSeconds(30)))
                    .as("both access-log lines written").isTrue();
        }
        for (String line : loggedLines) {
            assertThat(linesNaming(records, List.of(line))).as("records saying " + line).isEqualTo(1);
        }
        assertThat(records).as("log records").allSatisfy(record -> {
            assertThat(record.getThrown()).isNull();
            assertThat(record.getMessage()).hasSizeLessThan(300);
        });
    }

    private static long linesNaming(List<LogRecord> records, List<String> lines) {
        return records.stream().filter(record -> lines.stream().anyMatch(record.getMessage()::contains)).count();
    }

    @Test
    void manyLongTargetsAtOnceLeaveTheServerAnswering() throws Exception {
        String request = "GET " + pathOfLength(512 * 1024) + " HTTP/1.1\r\nHost: x\r\n\r\n";
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.baseUri().getPort() + "/healthz"))
                .timeout(Duration.ofSeconds(1)).build();
        ExecutorService attackers = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                // Its head is over the server's 64 KiB limit: refused, possibly before it was all sent.
                answers.add(attackers.submit(() -> exchangeRefusedEarly(request)));
            }
            for (int i = 0; i < 10; i++) {
                // Times out after 1 s: a server whose I/O threads are busy matching long paths fails here.
                assertThat(http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode()).as("health check %d", i)
                        .isEqualTo(200);
            }
            for (Future<String> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).satisfiesAnyOf(reset -> assertThat(reset).isEmpty(),
                        refused -> assertThat(refused).startsWith("HTTP/1.1 400 "));
            }
        } finally {
            attackers.shutdownNow();
        }
    }

    /** {@code /v1/a/a/…}: as many segments as the length allows, the shape that made path matching slow. */
    private static String pathOfLength(int length) {
        StringBuilder path = new StringBuilder("/v1");
        while (path.length() + 2 <= length) {
            path.append("/a");
        }
        if (path.length() < length) {
            path.append('b');
        }
        return path.toString();
    }

}
