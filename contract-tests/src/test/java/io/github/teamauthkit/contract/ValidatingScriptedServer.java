package io.github.teamauthkit.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.teamauthkit.spec.TeamAuthSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A server for testing clients: it validates every request it receives against the spec and
 * answers with the one response it was told to give.
 */
final class ValidatingScriptedServer implements AutoCloseable {

    private static final OpenApiInteractionValidator VALIDATOR =
            OpenApiInteractionValidator.createForInlineApiSpecification(TeamAuthSpec.text()).build();

    private final HttpServer server;
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private volatile int status;
    private volatile String body;

    ValidatingScriptedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    /** The next answers: this status, and this JSON body (null for none). */
    void answer(int status, String body) {
        this.status = status;
        this.body = body;
    }

    /** What was wrong with the requests received so far, one line each. */
    List<String> requestProblems() {
        return List.copyOf(problems);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String requestBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            SimpleRequest.Builder request = new SimpleRequest.Builder(exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath());
            exchange.getRequestHeaders().forEach((name, values) -> request.withHeader(name, values));
            if (!requestBody.isEmpty()) {
                request.withBody(requestBody);
            }
            Request built = request.build();
            ValidationReport report = VALIDATOR.validateRequest(built);
            report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .forEach(m -> problems.add(built.getMethod() + " " + built.getPath() + ": " + m.getMessage()));
            byte[] out = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
            }
            if (status == 429) {
                exchange.getResponseHeaders().add("Retry-After", "1");
            }
            exchange.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
            try (OutputStream stream = exchange.getResponseBody()) {
                stream.write(out);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
