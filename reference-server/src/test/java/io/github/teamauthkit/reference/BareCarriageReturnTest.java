package io.github.teamauthkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A bare CR ends no header line (RFC 9112 section 2.2): a request whose head has one is answered the JSON 400, and a
 * header behind it is never honoured, even when the CR arrives at the end of one read and the rest in the next.
 * Before, {@code X-Foo: a\rAuthorization: …} read as two headers (200) and a Content-Length hidden that way counted.
 */
class BareCarriageReturnTest extends RawSocketSuite {

    private static final String KEY = "Authorization: Bearer " + Api.ALICE;


    @Test
    void aHeaderBehindABareCrIsRefused() throws Exception {
        String response = exchange("GET /v1/teams/team-acme/secrets HTTP/1.1\r\nHost: x\r\nX-Foo: a\r" + KEY + "\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400 ").contains("\"code\":\"BAD_REQUEST\"").contains("RFC 9112");
    }

    @Test
    void aContentLengthBehindABareCrIsRefused() throws Exception {
        String response = exchange("POST /v1/teams/team-acme/secrets HTTP/1.1\r\nHost: x\r\n" + KEY
                + "\r\nContent-Type: application/json\r\nX-Foo: a\rContent-Length: 31\r\n\r\n{\"name\":\"SMUGGLED\",\"value\":\"v\"}");

        assertThat(response).startsWith("HTTP/1.1 400 ");
        assertThat(server.api().get("/teams/team-acme/secrets/SMUGGLED", Api.ALICE).status()).isEqualTo(404);
    }

    @Test
    void aBareCrAtTheEndOfOneReadIsStillSeen() throws Exception {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /v1/teams/team-acme/secrets HTTP/1.1\r\nHost: x\r\nX-Foo: a\r".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            awaitServerRead(socket);
            out.write((KEY + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(readAll(socket.getInputStream())).startsWith("HTTP/1.1 400 ");
        }
    }

    @Test
    void aCrInsideAJsonBodyIsWhiteSpaceAndTheNextRequestIsServed() throws Exception {
        String body = "{\"name\":\"WITH_CR\",\r\"value\":\"v\"}";
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/teams/team-acme/secrets HTTP/1.1\r\nHost: x\r\n" + KEY + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length() + "\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(readOne(socket.getInputStream())).startsWith("HTTP/1.1 200 ");
            out.write(("GET /v1/teams/team-acme/secrets/WITH_CR HTTP/1.1\r\nHost: x\r\n" + KEY + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(readAll(socket.getInputStream())).startsWith("HTTP/1.1 200 ");
        }
    }



    /** One response of a kept-alive connection: its head, then as many body bytes as its Content-Length says. */
    private static String readOne(InputStream in) throws Exception {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        String text = head.toString(StandardCharsets.US_ASCII);
        int length = Integer.parseInt(text.replaceAll("(?is).*content-length: *(\\d+).*", "$1"));
        return text + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
