package io.github.teamauthkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Chunked request bodies are held to RFC 9112 §7.1: a broken one is the API's JSON 400 and a closed connection. */
class ChunkedFramingTest extends RawSocketSuite {

    private static final String CREATE = "POST /v1/teams/team-acme/secrets HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + Api.ALICE
            + "\r\nContent-Type: application/json\r\n";
    private static final String CHUNKED = "Transfer-Encoding: chunked\r\n\r\n";
    private static final String BODY = "{\"name\":\"CHUNKED\",\"value\":\"v\"}";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "size not hex             | zz<crlf>{}<crlf>0<crlf><crlf>",
        "negative size            | -1<crlf>{}<crlf>0<crlf><crlf>",
        "size of 2^72             | 1000000000000000000<crlf>{}<crlf>0<crlf><crlf>",
        "space before the size    | <sp>2<crlf>{}<crlf>0<crlf><crlf>",
        "data longer than size    | 1<crlf>{}<crlf>0<crlf><crlf>",
        "size line ends in LF     | 2<lf>{}<crlf>0<crlf><crlf>",
        "extension too long       | 2;<long><long><crlf>{}<crlf>0<crlf><crlf>",
        "trailer without colon    | 0<crlf>X-Trailer<crlf><crlf>",
        "too many trailers        | 0<crlf><many><crlf>",
        "trailer section too long | 0<crlf>X-Trailer: <long><long><long><long><long><long><long><long><long><crlf><crlf>",
    })
    void aBrokenChunkedBodyIsAJson400(String what, String body) throws Exception {
        String raw = CREATE + CHUNKED + body.replace("<crlf>", "\r\n").replace("<lf>", "\n").replace("<sp>", " ").replace("<long>", "x".repeat(1000))
                .replace("<many>", "X-Trailer: v\r\n".repeat(40));

        assertIsJson400(what, exchange(raw));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"chunked, chunked", "gzip, chunked", "identity"})
    void aTransferCodingOtherThanChunkedOnceIsAJson400(String codings) throws Exception {
        String body = Integer.toHexString(BODY.length()) + "\r\n" + BODY + "\r\n0\r\n\r\n";

        assertIsJson400(codings, exchange(CREATE + "Transfer-Encoding: " + codings + "\r\n\r\n" + body));
    }

    @Test
    void aWellFramedBodyWithExtensionsAndTrailersIsServedAndSoIsTheNextRequest() throws Exception {
        String body = "3;ext=1\r\n" + BODY.substring(0, 3) + "\r\n" + Integer.toHexString(BODY.length() - 3) + "\r\n" + BODY.substring(3)
                + "\r\n000;last\r\nX-Trailer: done\r\n\r\n";
        String next = "GET /v1/teams/team-acme/secrets/CHUNKED HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + Api.ALICE
                + "\r\nConnection: close\r\n\r\n";

        String responses = exchange(CREATE + CHUNKED + body + next);

        assertThat(responses).startsWith("HTTP/1.1 200 ");
        assertThat(responses.split("HTTP/1.1 200 ", -1)).as("two answers, both 200: %s", responses).hasSize(3);
    }

    /** An unauthenticated client whose trailer fields never end used to fill the heap; now it meets a closed connection. */
    @Test
    void trailersThatNeverEndAreCutOffEarly() throws Exception {
        long limit = 64L << 20;
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            CompletableFuture<Long> sent = CompletableFuture.supplyAsync(() -> {
                long bytes = 0;
                try {
                    out.write(("POST /v1/teams/team-acme/secrets HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" + CHUNKED
                            + "2\r\n{}\r\n0\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    byte[] trailers = "X-Trailer: vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\r\n".repeat(1000)
                            .getBytes(StandardCharsets.ISO_8859_1);
                    while (bytes < limit) {
                        out.write(trailers);
                        bytes += trailers.length;
                    }
                } catch (IOException closedByTheServer) {
                    return bytes;
                }
                return bytes;
            });
            String answer = readAll(socket.getInputStream());
            long written = sent.get(60, TimeUnit.SECONDS);

            assertIsJson400("endless trailers", answer);
            assertThat(written).as("bytes of trailers the server took before closing").isLessThan(limit);
        }
    }

    /** The access log said 200 for a request it never answered (a chunk size of zz, unauthenticated). */
    @Test
    void theAccessLogRecordsTheAnswerSent() throws Exception {
        String line = "POST /v1/teams/team-chunk-log/secrets 400";
        try (LogCapture capture = LogCapture.of("")) {
            assertIsJson400("zz", exchange("POST /v1/teams/team-chunk-log/secrets HTTP/1.1\r\nHost: x\r\n" + CHUNKED + "zz\r\n{}\r\n0\r\n\r\n"));
            // The line is written when the exchange completes, which may be just after the answer arrived.
            capture.await(records -> records.stream().anyMatch(record -> record.getMessage().startsWith(line)), Duration.ofSeconds(30));
            assertThat(capture.records()).as("access log").anySatisfy(record -> assertThat(record.getMessage()).startsWith(line));
        }
    }

    private static void assertIsJson400(String what, String response) {
        assertThat(response).as(what).startsWith("HTTP/1.1 400 ");
        String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase();
        assertThat(head).as(what).contains("content-type: application/json").contains("connection: close");
        assertThat(response.substring(response.indexOf("\r\n\r\n") + 4)).as(what).startsWith("{\"code\":\"BAD_REQUEST\",\"message\":\"")
                .doesNotContain("xxx");
    }
}
