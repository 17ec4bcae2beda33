package io.github.teamauthkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.teamauthkit.reference.store.Database;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One address holds at most 1,000 connections; past them its connections are closed at once, and others are served. */
class ConnectionLimitsTest {

    private static final int PER_ADDRESS = 1_000;

    @TempDir
    Path dir;

    @Test
    void connectionsPastTheLimitOfOneAddressAreClosedAndOtherAddressesAreServed() throws Exception {
        InetAddress greedy = InetAddress.getByName("127.0.0.2");
        List<Socket> held = new ArrayList<>();
        try (TestServer server = TestServer.start(Database.embedded(dir), dir, 1000)) {
            int port = server.baseUri().getPort();
            for (int i = 0; i < PER_ADDRESS; i++) {
                held.add(connectFrom(greedy, port));
            }
            // Each held connection was accepted and kept: a read waits, where a closed one would end at once.
            assertThat(isClosedByTheServer(held.get(PER_ADDRESS - 1))).as("the %dth connection", PER_ADDRESS).isFalse();

            try (Socket oneTooMany = connectFrom(greedy, port)) {
                assertThat(isClosedByTheServer(oneTooMany)).as("connection %d from one address", PER_ADDRESS + 1).isTrue();
            }
            assertThat(Api.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
                    .timeout(Duration.ofSeconds(10)).build()).status()).as("another address").isEqualTo(200);

            // A closed connection gives its place back (the server learns of the close a moment later).
            held.remove(0).close();
            boolean servedAgain = false;
            for (int attempt = 0; attempt < 100 && !servedAgain; attempt++) {
                try (Socket again = connectFrom(greedy, port)) {
                    servedAgain = !isClosedByTheServer(again);
                }
            }
            assertThat(servedAgain).as("a connection after one closed").isTrue();
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    private static Socket connectFrom(InetAddress local, int port) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(local, 0));
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
        return socket;
    }

    /** Whether the server closed the connection: a read ends (or is reset) within a second, or waits. */
    private static boolean isClosedByTheServer(Socket socket) throws IOException {
        socket.setSoTimeout(1_000);
        try {
            return socket.getInputStream().read() < 0;
        } catch (SocketTimeoutException open) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }
}
