package io.github.teamauthkit.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback HTTP server that answers each "METHOD /path" as scripted (status, headers, body,
 * a delay, or a dropped connection) and records the requests it received.
 */
final class ScriptedHttpServer implements AutoCloseable {

    record Answer(int status, String body, Map<String, String> headers, long delayMillis, boolean drop, long stallMillis) {

        static Answer of(int status, String body) {
            return new Answer(status, body, Map.of(), 0, false, 0);
        }

        static Answer dropped() {
            return new Answer(0, null, Map.of(), 0, true, 0);
        }

        /** Headers and the start of a body at once, then nothing for this long, then the rest. */
        static Answer stalledBody(int status, String body, long millis) {
            return new Answer(status, body, Map.of(), 0, false, millis);
        }

        Answer withHeader(String name, String value) {
            Map<String, String> more = new java.util.HashMap<>(headers);
            more.put(name, value);
            return new Answer(status, body, Map.copyOf(more), delayMillis, drop, stallMillis);
        }

        Answer delayedBy(long millis) {
            return new Answer(status, body, headers, millis, drop, stallMillis);
        }
    }

    record Recorded(String method, String path, Map<String, List<String>> headers, String body, String query) {
    }

    private final HttpServer server;
    private final Map<String, Deque<Answer>> answers = new ConcurrentHashMap<>();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();

    ScriptedHttpServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    /** Answers every request to the key this way. */
    ScriptedHttpServer answer(String methodAndPath, int status, String jsonBody) {
        return answer(methodAndPath, Answer.of(status, jsonBody));
    }

    /** Answers the next requests to the key with these answers in turn; the last one repeats. */
    ScriptedHttpServer answer(String methodAndPath, Answer... sequence) {
        answers.put(methodAndPath, new ArrayDeque<>(List.of(sequence)));
        return this;
    }

    List<Recorded> requests() {
        return requests;
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getRawPath().replaceFirst("^/v1", "");
        String key = exchange.getRequestMethod() + " " + path;
        requests.add(new Recorded(exchange.getRequestMethod(), path, Map.copyOf(exchange.getRequestHeaders()), body,
                exchange.getRequestURI().getRawQuery()));
        Answer answer = next(key);
        sleep(answer.delayMillis());
        if (answer.drop()) {
            // Promise a body, then hang up: the client sees the connection drop after sending.
            exchange.sendResponseHeaders(200, 1000);
            exchange.close();
            return;
        }
        if (answer.body() != null) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
        }
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        if (answer.body() == null) {
            exchange.sendResponseHeaders(answer.status(), -1);
        } else {
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            if (answer.stallMillis() > 0) {
                exchange.getResponseBody().write(bytes, 0, 1);
                exchange.getResponseBody().flush();
                sleep(answer.stallMillis());
                try {
                    exchange.getResponseBody().write(bytes, 1, bytes.length - 1);
                } catch (IOException clientGaveUp) {
                    // The client closed the connection while the body stalled: what the test wants.
                }
                exchange.close();
                return;
            }
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Answer next(String key) {
        Deque<Answer> sequence = answers.get(key);
        if (sequence == null) {
            return Answer.of(404, "{\"code\":\"NOT_FOUND\",\"message\":\"not scripted: " + key + "\"}");
        }
        synchronized (sequence) {
            return sequence.size() > 1 ? sequence.poll() : sequence.peek();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
