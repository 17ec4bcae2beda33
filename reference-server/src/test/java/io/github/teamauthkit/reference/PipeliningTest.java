package io.github.teamauthkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pipelined requests are answered in order, each one: a request Undertow cannot parse after one it acted on gets its
 * 400 after that one's answer, never instead of it (an HTTP/1.1 client pairs answers with requests by order, and paired
 * the 400 with a DELETE whose secret was gone).
 */
class PipeliningTest extends RawSocketSuite {

    private static final String KEY = "Authorization: Bearer " + Api.ALICE + "\r\n";
    private static final String UNPARSABLE = "GET /v1/teams/%zz/secrets HTTP/1.1\r\nHost: x\r\n\r\n";
    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.1 (\\d{3}) ");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"DELETE, PIPELINED_DELETE", "GET, ", "POST, PIPELINED_POST"})
    void aRequestBeforeAnUnparsableOneGetsItsOwnAnswerFirst(String method, String secret) throws Exception {
        if (method.equals("DELETE")) {
            assertThat(statuses(exchange(create(secret)))).containsExactly(200);
        }
        String request = switch (method) {
            case "DELETE" -> "DELETE /v1/teams/team-acme/secrets/" + secret + " HTTP/1.1\r\nHost: x\r\n" + KEY + "\r\n";
            case "GET" -> "GET /v1/teams/team-acme/secrets HTTP/1.1\r\nHost: x\r\n" + KEY + "\r\n";
            default -> create(secret);
        };

        assertThat(statuses(exchange(request + UNPARSABLE))).as(method).containsExactly(200, 400);
    }

    private static String create(String name) {
        String body = "{\"name\":\"" + name + "\",\"value\":\"v\"}";
        return "POST /v1/teams/team-acme/secrets HTTP/1.1\r\nHost: x\r\n" + KEY + "Content-Type: application/json\r\nContent-Length: "
                + body.length() + "\r\n\r\n" + body;
    }

    /** The status of each answer on the connection, in order (the bodies are JSON, which holds no status line). */
    private static List<Integer> statuses(String responses) {
        List<Integer> statuses = new ArrayList<>();
        Matcher line = STATUS_LINE.matcher(responses);
        while (line.find()) {
            statuses.add(Integer.parseInt(line.group(1)));
        }
        return statuses;
    }
}
