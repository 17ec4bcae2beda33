package io.github.teamauthkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A reset that destroys the answer to a request sent whole is met by sending the request again: the JDK's HTTP server
 * answered a target it could not parse and closed with the body unread, and the kernel's reset threw its 400 away
 * (the flaky {@code EXTRA_PROPERTIES} run of {@link BrokenImplementationsAreCaughtTest}).
 */
@Timeout(60)
class RawHttpTest {

    @Test
    void anAnswerLostToAResetIsAskedForAgain() throws Exception {
        try (ResettingServer server = new ResettingServer(2)) {
            OptionalInt status = new RawHttp(server.baseUrl()).status("PATCH", "/v1/teams\\t/secrets/X", null, "{\"value\":\"v\"}");

            assertThat(status).hasValue(400);
            assertThat(server.connections.get()).isEqualTo(3);
        }
    }

    @Test
    void aServerThatAlwaysResetsIsNamedForIt() throws Exception {
        try (ResettingServer server = new ResettingServer(Integer.MAX_VALUE)) {
            assertThatThrownBy(() -> new RawHttp(server.baseUrl()).status("PATCH", "/v1/x", null, "{}"))
                    .isInstanceOf(IOException.class).hasMessageContaining("reset the connection before its answer could be read, 3 times");
            assertThat(server.connections.get()).isEqualTo(3);
        }
    }

    /** Resets its first connections (SO_LINGER 0: a close that resets) once their request's head has come, then answers 400. */
    private static final class ResettingServer implements AutoCloseable {

        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final AtomicInteger connections = new AtomicInteger();
        private final Thread acceptor;

        ResettingServer(int resets) throws IOException {
            acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket connection = socket.accept()) {
                        readHead(connection.getInputStream());
                        if (connections.incrementAndGet() <= resets) {
                            connection.setSoLinger(true, 0);
                        } else {
                            // Answers as RFC 9112 (section 9.6) asks: the answer, then reading on until the client closes.
                            connection.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                                    .getBytes(StandardCharsets.ISO_8859_1));
                            connection.shutdownOutput();
                            connection.getInputStream().transferTo(OutputStream.nullOutputStream());
                        }
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            acceptor.start();
        }

        String baseUrl() {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
        }

        private static void readHead(InputStream in) throws IOException {
            int matched = 0;
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    return;
                }
                matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
            }
        }

        @Override
        public void close() throws Exception {
            socket.close();
            acceptor.join(10_000);
        }
    }
}
