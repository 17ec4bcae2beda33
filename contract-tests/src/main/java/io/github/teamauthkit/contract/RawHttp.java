package io.github.teamauthkit.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import javax.net.ssl.SSLSocketFactory;

/**
 * HTTP/1.1 with the request target sent byte for byte as given: HTTP client libraries normalise
 * or refuse exactly the paths a server must be tested with ({@code ;}, {@code %2F}, {@code ..},
 * absolute-form). One connection per request, with connect and read time-outs.
 */
public final class RawHttp {

    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final int READ_TIMEOUT_MILLIS = 15_000;
    private static final int MAX_RESPONSE_BYTES = 1 << 20;
    /** Tries at a request whose answer a reset destroyed. */
    private static final int ATTEMPTS = 3;

    private final URI base;

    /**
     * A client for the server of a base URL.
     *
     * @param baseUrl the API's base URL; only its scheme, host and port are used
     */
    public RawHttp(String baseUrl) {
        this.base = URI.create(baseUrl);
    }

    /**
     * Sends one request and reads the status of the answer.
     *
     * @param method        the method
     * @param requestTarget the request target exactly as it goes on the request line
     * @param authorization the Authorization header's value, or null for none
     * @param jsonBody      a JSON body, or null for none
     * @return the status, or empty when the server closed the connection without answering
     * @throws IOException when the server cannot be reached or does not answer in time
     */
    public OptionalInt status(String method, String requestTarget, String authorization, String jsonBody) throws IOException {
        byte[] body = jsonBody == null ? new byte[0] : jsonBody.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method).append(' ').append(requestTarget).append(" HTTP/1.1\r\n")
                .append("Host: ").append(base.getRawAuthority()).append("\r\n")
                .append("Accept: application/json\r\nConnection: close\r\n");
        if (authorization != null) {
            head.append("Authorization: ").append(authorization).append("\r\n");
        }
        if (jsonBody != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        return exchange(head.toString(), body);
    }

    /**
     * Sends a request as given, byte for byte (ISO-8859-1), with {@code Host} and {@code Connection: close} added
     * after its request line, and reads the status of the answer.
     *
     * @param requestLine the request line, without its CRLF
     * @param rest        the header lines after it, each ended as the caller chooses, and the empty line and body
     * @return the status, or empty when the server closed the connection without answering
     * @throws IOException when the server cannot be reached or does not answer in time
     */
    public OptionalInt statusOfRaw(String requestLine, String rest) throws IOException {
        return exchange(requestLine + "\r\nHost: " + base.getRawAuthority() + "\r\nConnection: close\r\n" + rest, new byte[0]);
    }

    /**
     * Sends the request and reads the answer's status. A server may answer and close before it has read the whole
     * request (RFC 9112, section 9.6: a 414 for a target it will not read to the end): the rest of the request then
     * fails to send, and the answer already sent is what counts.
     *
     * <p>A server that closes at once, with the request's body unread (the JDK's HTTP server does so for a target it
     * cannot parse), makes its kernel reset the connection; when the reset arrives before the answer was read, the
     * client's kernel throws the answer away (5 of 3,000 such requests on a busy machine). The request is then sent
     * again, {@value #ATTEMPTS} times at most, as the answer that counts was never seen.
     */
    private OptionalInt exchange(String head, byte[] body) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return exchangeOnce(head, body);
            } catch (AnswerLost lost) {
                if (attempt == ATTEMPTS) {
                    throw new IOException("the server reset the connection before its answer could be read, " + ATTEMPTS
                            + " times: it closes without reading the whole request, where RFC 9112 (section 9.6) has it read on "
                            + "before closing", lost.getCause());
                }
            }
        }
    }

    /** A reset that destroyed the answer to a request, or came before any answer while the request was being sent. */
    private static final class AnswerLost extends IOException {
        private static final long serialVersionUID = 1L;

        AnswerLost(SocketException reset) {
            super(reset);
        }
    }

    private OptionalInt exchangeOnce(String head, byte[] body) throws IOException {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
            } catch (SocketException unsent) {
                OptionalInt answered = answerAfterClose(socket);
                if (answered.isEmpty()) {
                    throw new AnswerLost(unsent);
                }
                return answered;
            }
            try {
                return statusOf(readAll(socket.getInputStream()));
            } catch (SocketException reset) {
                throw new AnswerLost(reset);
            }
        }
    }

    private static OptionalInt answerAfterClose(Socket socket) {
        try {
            return statusOf(readAll(socket.getInputStream()));
        } catch (IOException e) {
            return OptionalInt.empty();
        }
    }

    /**
     * The origin of the base URL, for absolute-form request targets: {@code http://host:port}.
     *
     * @return the origin
     */
    public String origin() {
        return base.getScheme() + "://" + base.getRawAuthority();
    }

    private Socket connect() throws IOException {
        boolean tls = "https".equalsIgnoreCase(base.getScheme());
        int port = base.getPort() > 0 ? base.getPort() : tls ? 443 : 80;
        Socket plain = new Socket();
        plain.connect(new InetSocketAddress(base.getHost(), port), CONNECT_TIMEOUT_MILLIS);
        plain.setSoTimeout(READ_TIMEOUT_MILLIS);
        return tls ? ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(plain, base.getHost(), port, true) : plain;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0 && all.size() < MAX_RESPONSE_BYTES; n = in.read(buffer)) {
            all.write(buffer, 0, n);
        }
        return all.toByteArray();
    }

    private static OptionalInt statusOf(byte[] response) {
        String text = new String(response, StandardCharsets.ISO_8859_1);
        // "HTTP/1.1 404 Not Found": the three digits after the first space.
        int space = text.indexOf(' ');
        if (!text.startsWith("HTTP/") || space < 0 || text.length() < space + 4) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(text.substring(space + 1, space + 4)));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
