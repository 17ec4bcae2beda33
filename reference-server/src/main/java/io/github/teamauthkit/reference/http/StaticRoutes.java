package io.github.teamauthkit.reference.http;

import io.github.teamauthkit.reference.store.CredentialCheck;
import io.github.teamauthkit.reference.store.Database;
import io.github.teamauthkit.server.runtime.ApiErrors;
import io.github.teamauthkit.server.runtime.ErrorCode;
import io.github.teamauthkit.spec.TeamAuthSpec;
import io.undertow.Handlers;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.PathHandler;
import io.undertow.server.handlers.resource.ClassPathResourceManager;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** What the server answers outside {@code /v1}: health, the spec, its docs, and JSON 404s. */
final class StaticRoutes {

    private static final String NOT_FOUND = ApiErrors.json(ErrorCode.NOT_FOUND, ErrorCode.NOT_FOUND.defaultMessage());
    private static final String DOCS_INDEX = "/io/github/teamauthkit/reference/docs/index.html";

    private StaticRoutes() {
    }

    static PathHandler around(HttpHandler api, Database database) {
        String spec = servedSpec(TeamAuthSpec.text());
        String docsIndex = resource(DOCS_INDEX);
        ClassLoader loader = StaticRoutes.class.getClassLoader();
        HttpHandler swaggerUi = Handlers.resource(new ClassPathResourceManager(loader, swaggerUiPath(loader)));
        return Handlers.path(StaticRoutes::notFound)
                .addPrefixPath("/v1", api)
                .addExactPath("/healthz", exchange -> health(exchange, database))
                .addExactPath("/openapi.yaml", exchange -> send(exchange, StatusCodes.OK, "application/yaml", spec))
                .addExactPath("/docs", Handlers.redirect("/docs/"))
                .addExactPath("/docs/", exchange -> send(exchange, StatusCodes.OK, "text/html; charset=utf-8", docsIndex))
                .addPrefixPath("/docs", swaggerUi);
    }

    /**
     * The spec as this server serves it: its first server is this one, by the relative URL
     * {@code /v1}, so that "Try it out" in {@code /docs} calls the host and port the page came
     * from, not production nor a fixed local port.
     */
    static String servedSpec(String spec) {
        String servers = "\nservers:\n";
        int at = spec.indexOf(servers);
        if (at < 0) {
            throw new IllegalStateException("the spec has no top-level servers list");
        }
        String local = "- url: http://127.0.0.1:8080/v1\n  description: Local reference server\n";
        return spec.substring(0, at + servers.length()) + "- url: /v1\n  description: This server\n"
                + spec.substring(at + servers.length()).replace(local, "");
    }

    private static void health(HttpServerExchange exchange, Database database) {
        if (exchange.isInIoThread()) {
            exchange.dispatch(() -> health(exchange, database));
            return;
        }
        // Not an API request: no API request's credential check may ride along on this worker thread.
        CredentialCheck.clear();
        boolean up;
        try {
            up = database.transaction(connection -> connection.isValid(2));
        } catch (RuntimeException e) {
            up = false;
        }
        send(exchange, up ? StatusCodes.OK : StatusCodes.SERVICE_UNAVAILABLE, "application/json",
                up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
    }

    private static void notFound(HttpServerExchange exchange) {
        send(exchange, StatusCodes.NOT_FOUND, "application/json", NOT_FOUND);
    }

    private static void send(HttpServerExchange exchange, int status, String contentType, String body) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType);
        exchange.getResponseSender().send(body, StandardCharsets.UTF_8);
    }

    /** The webjar's files live under its version; read the version from the webjar itself. */
    private static String swaggerUiPath(ClassLoader loader) {
        Properties pom = new Properties();
        try (InputStream in = loader.getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui webjar is missing from the class path");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "META-INF/resources/webjars/swagger-ui/" + pom.getProperty("version");
    }

    private static String resource(String name) {
        try (InputStream in = StaticRoutes.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
