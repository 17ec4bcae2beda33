package io.github.teamauthkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.teamauthkit.reference.store.Database;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that open connections and then send slowly (headers and part of a body, or part of the
 * headers) must not take the server from everyone else: with 100 of them holding their
 * connections, ordinary requests are still answered.
 */
class SlowClientsTest {

    private static final int SLOW_CLIENTS = 100;

    @TempDir
    Path dir;

    @Test
    void a100SlowClientsDoNotStopOthersFromBeingServed() throws Exception {
        try (TestServer server = TestServer.start(Database.embedded(dir), dir, 1000)) {
            URI base = server.baseUri();
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < SLOW_CLIENTS; i++) {
                    slow.add(i % 2 == 0 ? partialBody(base) : partialHeaders(base));
                }
                Api api = server.api();
                for (int i = 0; i < 20; i++) {
                    // Api's requests time out after 10 s: a server whose workers all wait on slow bodies fails here.
                    assertThat(api.get("/teams/team-acme/secrets", Api.ALICE).status()).as("request %d", i).isEqualTo(200);
                }
            } finally {
                for (Socket socket : slow) {
                    socket.close();
                }
            }
        }
    }

    /** Headers promising a body of 1,000 bytes, then 10 of them, then nothing. */
    private static Socket partialBody(URI base) throws Exception {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), base.getPort());
        OutputStream out = socket.getOutputStream();
        out.write(("POST /v1/teams/team-acme/secrets HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + Api.ALICE
                + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"name\":\"").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /** Half a request line and header, then nothing. */
    private static Socket partialHeaders(URI base) throws Exception {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), base.getPort());
        socket.getOutputStream().write("GET /v1/teams/team-acme/users HTTP/1.1\r\nHost: 12".getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }
}
