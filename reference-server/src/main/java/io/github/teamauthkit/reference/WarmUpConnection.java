package io.github.teamauthkit.reference;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection of the warm-up, written by hand so that the warm-up runs little code of its own
 * beside the server's: blocking I/O on the calling thread, no selector thread or futures as the JDK's client has. It
 * reads exactly one response per request, by {@code Content-Length} or chunks, and keeps only its status.
 */
final class WarmUpConnection implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final String prefix;
    private final String headers;

    WarmUpConnection(URI base, String authorization) throws IOException {
        socket = new Socket(base.getHost(), base.getPort());
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(30_000);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream());
        prefix = base.getRawPath();
        headers = "Host: " + base.getHost() + ":" + base.getPort() + "\r\nAuthorization: " + authorization + "\r\n";
    }

    /** Sends a request (with a JSON body when not null) and reads its whole response; returns the status. */
    int send(String method, String path, String json) throws IOException {
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + prefix + path + " HTTP/1.1\r\n" + headers
                + (json == null ? "" : "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n") + "\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        String statusLine = line();
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = 0;
        boolean chunked = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            for (long chunk = Long.parseLong(line().strip(), 16); chunk > 0; chunk = Long.parseLong(line().strip(), 16)) {
                skip(chunk);
                line();
            }
            line();
        } else {
            skip(length);
        }
        return status;
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the warm-up server closed the connection");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    private void skip(long bytes) throws IOException {
        in.skipNBytes(bytes);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
