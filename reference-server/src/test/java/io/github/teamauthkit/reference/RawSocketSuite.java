package io.github.teamauthkit.reference;

import io.github.teamauthkit.reference.store.Database;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Tests that speak HTTP/1.1 byte by byte, on raw sockets, to one server started for the class. */
abstract class RawSocketSuite {

    @TempDir
    static Path dir;

    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(Database.embedded(dir), dir, 1000);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A connection to the server, reads timing out after 10 s. */
    static Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.baseUri().getPort());
        socket.setSoTimeout(10_000);
        return socket;
    }

    /** Sends the bytes (ISO-8859-1), closes the sending side, and reads the whole answer. */
    static String exchange(String request) throws IOException {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.shutdownOutput();
            return readAll(socket.getInputStream());
        }
    }

    /**
     * Like {@link #exchange}, for a request the server may refuse before it was all sent (a head over its limit): what
     * was answered, or nothing when the server's close reset the connection first.
     */
    static String exchangeRefusedEarly(String request) throws IOException {
        try (Socket socket = connect()) {
            try {
                socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
                socket.shutdownOutput();
                return readAll(socket.getInputStream());
            } catch (SocketException closedByTheServer) {
                return "";
            }
        }
    }

    /** Everything until the server closes the connection. */
    static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            response.write(buffer, 0, n);
        }
        return response.toString(StandardCharsets.ISO_8859_1);
    }

    /**
     * Waits until the server has taken every byte sent on the socket so far out of its side of the connection, so
     * that what is written next reaches it in another read. Seen in Linux's socket tables ({@code /proc/net/tcp}
     * and {@code tcp6}), whose {@code rx_queue} counts the bytes a socket has received and its owner not yet read.
     */
    static void awaitServerRead(Socket socket) throws IOException, InterruptedException {
        List<Path> tables = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));
        Assumptions.assumeTrue(tables.stream().anyMatch(Files::isReadable), "needs Linux's /proc/net/tcp to see the server's reads");
        String serverPort = String.format(Locale.ROOT, ":%04X", server.baseUri().getPort());
        String clientPort = String.format(Locale.ROOT, ":%04X", socket.getLocalPort());
        long lastResort = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (unreadByServer(tables, serverPort, clientPort) != 0) {
            if (System.nanoTime() > lastResort) {
                throw new AssertionError("the server did not read what was sent within 10 s");
            }
            Thread.sleep(1);
        }
    }

    /** The bytes the server's side of the connection has received and not read; -1 while it is not listed. */
    private static long unreadByServer(List<Path> tables, String serverPort, String clientPort) throws IOException {
        for (Path table : tables) {
            if (!Files.isReadable(table)) {
                continue;
            }
            for (String line : Files.readAllLines(table)) {
                // sl local_address rem_address st tx_queue:rx_queue ...
                String[] fields = line.trim().split("\\s+");
                if (fields.length > 4 && fields[1].endsWith(serverPort) && fields[2].endsWith(clientPort)) {
                    return Long.parseLong(fields[4].substring(fields[4].indexOf(':') + 1), 16);
                }
            }
        }
        return -1;
    }
}
