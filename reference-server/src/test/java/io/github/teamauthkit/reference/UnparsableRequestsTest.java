package io.github.teamauthkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Requests that fail below Jakarta REST, in Undertow's parser or the servlet container, are answered with the API's
 * {@code {code, message}} like every other error, never HTML or an empty body (raw sockets: no client would send these).
 */
class UnparsableRequestsTest extends RawSocketSuite {

    private static final String KEY = "Authorization: Bearer " + Api.ALICE + "\r\n";


    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty Content-Type            | POST /v1/teams/team-acme/secrets HTTP/1.1\\r\\nHost: x\\r\\n" + KEY_MARK + "Content-Type: \\r\\nContent-Length: 2\\r\\n\\r\\n{}",
        "bad percent-encoding          | GET /v1/teams/team-acme/secrets%zz HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n",
        "backslash in the path         | GET /v1/teams\\\\team-acme/secrets HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n",
        "space in the target           | GET /v1/auth /session HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n",
        "Content-Length and chunked    | POST /v1/teams/team-acme/secrets HTTP/1.1\\r\\nHost: x\\r\\nContent-Length: 5\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n0\\r\\n\\r\\n",
        "Content-Length not a number   | POST /v1/teams/team-acme/secrets HTTP/1.1\\r\\nHost: x\\r\\nContent-Length: abc\\r\\n\\r\\n{}",
        "HTTP/0.9                      | GET /v1/auth/session\\r\\n\\r\\n",
        "unknown version               | GET /v1/auth/session HTTP/7.3\\r\\nHost: x\\r\\n\\r\\n",
        "too many headers              | GET /v1/auth/session HTTP/1.1\\r\\nHost: x\\r\\n" + MANY_MARK + "\\r\\n",
        "body short of Content-Length  | POST /v1/teams/team-acme/secrets HTTP/1.1\\r\\nHost: x\\r\\n" + KEY_MARK + "Content-Type: application/json\\r\\nContent-Length: 26\\r\\n\\r\\n{\"name\":\"P1\",\"value\":\"v\"}",
        "same, without a key           | POST /v1/teams/team-acme/secrets HTTP/1.1\\r\\nHost: x\\r\\nContent-Type: application/json\\r\\nContent-Length: 500\\r\\n\\r\\n{}",
        "chunked body without its end  | POST /v1/teams/team-acme/secrets HTTP/1.1\\r\\nHost: x\\r\\n" + KEY_MARK + "Content-Type: application/json\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n2\\r\\n{}\\r\\n",
        "no Host header                | GET /v1/auth/session HTTP/1.1\\r\\n\\r\\n",
        "two Host headers              | GET /v1/auth/session HTTP/1.1\\r\\nHost: a\\r\\nHost: b\\r\\n\\r\\n",
        "Host unlike the target host   | GET http://other/v1/auth/session HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n",
        "Host with a malformed port    | GET /v1/auth/session HTTP/1.1\\r\\nHost: x:abc\\r\\n\\r\\n",
    })
    void isAnsweredWithTheApisErrorBody(String what, String request) throws Exception {
        String raw = request.replace("\\r\\n", "\r\n").replace("\\\\", "\\").replace(KEY_MARK, KEY)
                .replace(MANY_MARK, "X-Header: v\r\n".repeat(300));
        String response = exchange(raw);

        assertThat(response).as(what).startsWith("HTTP/1.1 400 ");
        String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase();
        assertThat(head).as(what).contains("content-type: application/json");
        assertThat(response.substring(response.indexOf("\r\n\r\n") + 4)).as(what).startsWith("{\"code\":\"BAD_REQUEST\",\"message\":\"");
    }

    private static final String KEY_MARK = "<key>";
    private static final String MANY_MARK = "<many headers>";

}
