package io.github.teamauthkit.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server that breaks the contract in one way: a proxy in front of a correct server that changes
 * one thing about each exchange. The suite must notice each.
 */
final class BrokenServerProxy implements AutoCloseable {

    /** The ways to be wrong. */
    enum Defect {
        /** Creating a secret answers 201 (as 1.x servers did) instead of 200. */
        WRONG_STATUS,
        /** {@code isAdmin} comes back as a string. */
        WRONG_FIELD_TYPE,
        /** A created secret's value is echoed in the response. */
        LEAKED_SECRET_VALUE,
        /** Requests without a key are let through as the admin. */
        MISSING_AUTH_CHECK,
        /**
         * The access check reads a path with matrix parameters differently from the router (the
         * reference server's hole before 1.2.0): such a request is let through as the admin, its
         * matrix parameters stripped.
         */
        MATRIX_PARAMETER_BYPASS,
        /** Lists ignore {@code after} (a cursor that does not move): every page is the first one again. */
        CURSOR_IGNORED,
        /** A team's secret list also holds another team's secrets (the survivor of a mutation run of the kit). */
        MIXED_TENANTS,
        /** Not a defect: a removal answers without the optional {@code dtDeleted}, as the spec allows. */
        OPTIONAL_FIELD_LEFT_OUT
    }

    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "expect", "upgrade");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*\"([^\"]*)\"");

    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI upstream;
    private final Defect defect;
    private final String adminKey;
    private final String otherTeamKey;

    BrokenServerProxy(URI upstream, Defect defect, String adminKey, String otherTeamKey) throws IOException {
        this.upstream = upstream;
        this.defect = defect;
        this.adminKey = adminKey;
        this.otherTeamKey = otherTeamKey;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::forward);
        server.start();
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + upstream.getRawPath());
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getRawPath().substring(upstream.getRawPath().length());
            boolean bypass = defect == Defect.MATRIX_PARAMETER_BYPASS && path.contains(";");
            if (bypass) {
                path = path.replaceAll(";[^/]*", "");
            }
            String query = exchange.getRequestURI().getRawQuery();
            if (query != null && defect == Defect.CURSOR_IGNORED) {
                query = query.replaceAll("(^|&)after=[^&]*", "");
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(upstream + path + (query == null ? "" : "?" + query)))
                    .timeout(Duration.ofSeconds(15))
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase()) && !(bypass && "authorization".equalsIgnoreCase(name))) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            if (bypass || defect == Defect.MISSING_AUTH_CHECK && !exchange.getRequestHeaders().containsKey("Authorization")) {
                request.header("Authorization", "Bearer " + adminKey);
            }
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            int status = response.statusCode();
            String text = new String(response.body(), StandardCharsets.UTF_8);
            if (defect == Defect.WRONG_STATUS && status == 200 && "POST".equals(exchange.getRequestMethod())) {
                status = 201;
            }
            if (defect == Defect.WRONG_FIELD_TYPE) {
                text = text.replaceAll("\"isAdmin\":(true|false)", "\"isAdmin\":\"$1\"");
            }
            Matcher value = VALUE.matcher(new String(body, StandardCharsets.UTF_8));
            if (defect == Defect.LEAKED_SECRET_VALUE && "POST".equals(exchange.getRequestMethod()) && status == 200 && value.find()) {
                text = text.replaceFirst("\\{", "{\"value\":\"" + value.group(1) + "\",");
            }
            if (defect == Defect.OPTIONAL_FIELD_LEFT_OUT && status == 200 && "DELETE".equals(exchange.getRequestMethod())
                    && path.matches("/teams/[^/]+/users/[^/]+")) {
                text = text.replaceAll(",?\"dtDeleted\":\"[^\"]*\"", "").replace("{,", "{");
            }
            if (defect == Defect.MIXED_TENANTS && status == 200 && "GET".equals(exchange.getRequestMethod())
                    && path.matches("/teams/[^/]+/secrets")) {
                text = withOtherTeamsSecrets(text);
            }
            byte[] out = text.getBytes(StandardCharsets.UTF_8);
            response.headers().firstValue("Content-Type").ifPresent(type -> exchange.getResponseHeaders().add("Content-Type", type));
            response.headers().allValues("Retry-After").forEach(v -> exchange.getResponseHeaders().add("Retry-After", v));
            exchange.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
            try (OutputStream stream = exchange.getResponseBody()) {
                stream.write(out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The page with the other team's secrets added to its items. */
    private String withOtherTeamsSecrets(String page) throws IOException, InterruptedException {
        String otherTeam = JSON.readTree(get("/auth/session")).at("/team/id").asText();
        ObjectNode mixed = (ObjectNode) JSON.readTree(page);
        ((ArrayNode) mixed.withArray("items")).addAll((ArrayNode) JSON.readTree(get("/teams/" + otherTeam + "/secrets?limit=120"))
                .withArray("items"));
        return JSON.writeValueAsString(mixed);
    }

    private String get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(upstream + path)).header("Authorization", "Bearer " + otherTeamKey)
                .timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
