package io.github.teamauthkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Heads that are never finished cannot fill the heap: each connection may hold at most 64 KiB of one, and all
 * together at most 32 MiB; a connection past either is closed, and the server goes on answering.
 */
class UnfinishedHeadsTest extends RawSocketSuite {

    private static final int CONNECTIONS = 700;
    private static final int HEAD_BYTES = 60 * 1024;

    @Test
    void unfinishedHeadsOnManyConnectionsAreCutOffAtTheServersBudget() throws Exception {
        byte[] head = ("GET /v1/auth/session HTTP/1.1\r\nHost: x\r\n" + "X-Filler: " + "v".repeat(HEAD_BYTES) + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        List<Socket> sockets = new ArrayList<>();
        int refused = 0;
        try {
            for (int i = 0; i < CONNECTIONS; i++) {
                Socket socket = connect();
                sockets.add(socket);
                try {
                    OutputStream out = socket.getOutputStream();
                    out.write(head);
                    out.flush();
                } catch (IOException closedByTheServer) {
                    refused++;
                }
            }
            // A closed connection shows on a read: the server's close, with nothing sent back, is an end of stream. Each
            // read waits 1 ms at most, so all are read well within the server's 10 s deadline for a head.
            for (Socket socket : sockets) {
                socket.setSoTimeout(1);
                try {
                    if (socket.getInputStream().read() < 0) {
                        refused++;
                    }
                } catch (SocketTimeoutException stillOpen) {
                    // Held, within the budget.
                } catch (IOException reset) {
                    refused++;
                }
            }
            long budgetConnections = (32L << 20) / head.length;
            assertThat(refused).as("connections closed of %d that each sent %d bytes of a head", CONNECTIONS, head.length)
                    .isGreaterThanOrEqualTo((int) (CONNECTIONS - budgetConnections) / 2);
            assertThat(Api.send(HttpRequest.newBuilder(server.baseUri().resolve("/healthz")).timeout(Duration.ofSeconds(10)).build())
                    .status()).isEqualTo(200);
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }

    @Test
    void aHeadOver64KibIsRefused() throws Exception {
        String answer = exchangeRefusedEarly("GET /v1/auth/session HTTP/1.1\r\nHost: x\r\nX-Filler: " + "v".repeat(70 * 1024) + "\r\n\r\n");

        assertThat(answer).satisfiesAnyOf(reset -> assertThat(reset).isEmpty(),
                refused -> assertThat(refused).startsWith("HTTP/1.1 400 ").contains("{\"code\":\"BAD_REQUEST\""));
    }
}
