package io.github.teamauthkit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
        /** A secret list without {@code order} comes oldest first. */
        OLDEST_FIRST,
        /** A team's secret list also holds another team's secrets (the survivor of a mutation run of the kit). */
        MIXED_TENANTS,
        /** A team's member list also holds another team's members. */
        MIXED_MEMBERS,
        /** The owner may be demoted or removed while another admin remains (the last-admin rule is kept). */
        OWNER_UNPROTECTED,
        /** The last admin may be demoted or removed when it is not the owner (the owner rule is kept). */
        LAST_ADMIN_UNPROTECTED,
        /** {@code role} is ignored: every role filter lists everyone. */
        ROLE_FILTER_IGNORED,
        /** A walk ends on an empty page: the last page holding items says more follows. */
        TRAILING_EMPTY_PAGE,
        /** Another team's key is accepted for this team (the team scope is not checked). */
        CROSS_TEAM_ACCESS,
        /** A member's key may do what an admin's may. */
        MEMBER_WRITES,
        /** An invalid secret is refused with 400, but stored anyway under a name made valid. */
        INVALID_INPUT_STORED,
        /** A body is validated before the caller is authenticated: anyone learns what the server would refuse. */
        VALIDATION_BEFORE_AUTHENTICATION,
        /** A request target with a matrix parameter gets no answer: the connection is closed. */
        NO_ANSWER_TO_ODD_PATHS,
        /** A demotion is answered {@code isAdmin: false} but not made: the member keeps its rights and its listing. */
        DEMOTION_NOT_KEPT,
        /** A removal is answered 200 but not made: the member stays listed and its key keeps working. */
        REMOVAL_NOT_KEPT,
        /** An update moves {@code dtCreated} to the update's time. */
        CREATED_TIME_MOVED,
        /** An update leaves {@code dtModified} at the creation time. */
        MODIFIED_TIME_NOT_MOVED,
        /** A cursor is accepted for another order or role than the one it came from (the list it came from goes on). */
        CURSOR_FOR_ANY_ORDER,
        /** The deprecated {@code x-api-key} header, which the spec says is accepted, is refused with 401. */
        LEGACY_HEADER_REFUSED,
        /** No auth-failure limit: refused keys past it are still 401, never 429. */
        NO_AUTH_FAILURE_LIMIT,
        /** The session without a key is refused with 401 (the spec: {@code null}, 200). */
        SESSION_WITHOUT_KEY_REFUSED,
        /**
         * A header behind a bare CR is honoured. Nothing to add: the proxy's own HTTP server (the JDK's) reads
         * {@code X-Foo: a\rAuthorization: …} as two headers and forwards the key.
         */
        BARE_CR_HONOURED,
        /** Another team's key is accepted when the path names this team by its namespace (the id is checked). */
        NAMESPACE_NOT_GUARDED,
        /** A member that does not exist is answered as if it did: 200 where the spec says 404. */
        UNKNOWN_MEMBER_ANSWERED,
        /** Values longer than 4,096 characters are refused with 400, though the spec allows 8,192. */
        LONG_VALUES_REFUSED,
        /** A 400 for a body quotes the body back in its message. */
        BODY_ECHOED_IN_ERRORS,
        /** A cursor the server cannot read is taken as no cursor: a changed one gives the first page. */
        CHANGED_CURSOR_ACCEPTED,
        /** Not a defect: a removal answers without the optional {@code dtDeleted}, as the spec allows. */
        OPTIONAL_FIELD_LEFT_OUT,
        /** Not a defect: every object in a response carries a property the spec does not list, as OpenAPI allows. */
        EXTRA_PROPERTIES
    }

    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "expect", "upgrade");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*\"([^\"]*)\"");
    /** Bodies the spec refuses (an empty value, a name starting with a digit, a non-boolean isAdmin). */
    private static final Pattern INVALID_BODY = Pattern.compile("\"value\":\"\"|\"name\":\"[0-9]|\"isAdmin\":\"");
    private static final Pattern MEMBER = Pattern.compile("/teams/([^/]+)/users/([^/]+)");
    /** The cursor this proxy hands out on what is really the last page, and answers with an empty page. */
    private static final String PAST_THE_END = "past.the.end";
    private static final Pattern SECRET_TIMES = Pattern.compile("\"dtCreated\":\"([^\"]*)\",\"dtModified\":\"([^\"]*)\"");
    private static final Pattern ORDER_OR_ROLE = Pattern.compile("(^|&)(order|role)=[^&]*");
    private static final Pattern AFTER = Pattern.compile("(?:^|&)after=([^&]*)");

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI upstream;
    private final Defect defect;
    private final ContractTarget target;
    /** Each cursor handed out, with the order and role of the list it came from. */
    private final Map<String, String> cursorOrigins = new ConcurrentHashMap<>();

    BrokenServerProxy(ContractTarget target, Defect defect) throws IOException {
        this.upstream = URI.create(target.baseUrl());
        this.defect = defect;
        this.target = target;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        // Handlers on a thread of their own: run on the server's one dispatcher thread, a slow upstream answer held up
        // accepting and reading every other connection.
        server.setExecutor(handlers);
        server.start();
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + upstream.getRawPath());
    }

    /** The same target, reached through this proxy. */
    ContractTarget proxiedTarget() {
        return new ContractTarget(baseUri().toString(), target.teamId(), target.adminKey(), target.memberKey(), target.otherTeamKey(),
                target.disposableMemberId(), target.disposableMemberKey());
    }

    /**
     * Answers through {@link #forward}; a failure of the proxy itself (the upstream call, a rewrite) is answered 502
     * with its cause, where the JDK's server would close the connection without an answer that says why.
     */
    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                forward(exchange);
            } catch (IOException | RuntimeException failure) {
                send(exchange, 502, "application/json", JSON.writeValueAsString(JSON.createObjectNode().put("code", "PROXY_FAILED")
                        .put("message", "BrokenServerProxy (" + defect + ") failed: " + failure)));
            }
        }
    }

    private void forward(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getRawPath().substring(upstream.getRawPath().length());
            String query = exchange.getRequestURI().getRawQuery();
            if (defect == Defect.NO_ANSWER_TO_ODD_PATHS && path.contains(";")) {
                return;
            }
            if (defect == Defect.TRAILING_EMPTY_PAGE && query != null && query.contains("after=" + PAST_THE_END)) {
                send(exchange, 200, "application/json", "{\"hasMore\":false,\"items\":[]}");
                return;
            }
            if (defect == Defect.VALIDATION_BEFORE_AUTHENTICATION && INVALID_BODY.matcher(new String(body, StandardCharsets.UTF_8)).find()) {
                send(exchange, 400, "application/json", "{\"code\":\"BAD_REQUEST\",\"message\":\"invalid body\"}");
                return;
            }
            boolean bypass = defect == Defect.MATRIX_PARAMETER_BYPASS && path.contains(";");
            if (bypass) {
                path = path.replaceAll(";[^/]*", "");
            }
            if (query != null && defect == Defect.CURSOR_IGNORED) {
                query = query.replaceAll("(^|&)after=[^&]*", "");
            }
            if (defect == Defect.OLDEST_FIRST && method.equals("GET") && path.endsWith("/secrets")
                    && (query == null || !query.contains("order="))) {
                query = query == null ? "order=asc" : query + "&order=asc";
            }
            if (query != null && defect == Defect.ROLE_FILTER_IGNORED) {
                query = query.replaceAll("(^|&)role=[^&]*", "");
            }
            String originalQuery = query;
            if (query != null && defect == Defect.CURSOR_FOR_ANY_ORDER) {
                query = withCursorsOrigin(query);
            }
            String key = keyOf(exchange);
            if (defect == Defect.SESSION_WITHOUT_KEY_REFUSED && key == null && path.equals("/auth/session")) {
                send(exchange, 401, "application/json", "{\"code\":\"UNAUTHORIZED\",\"message\":\"Log in first.\"}");
                return;
            }
            if (defect == Defect.LONG_VALUES_REFUSED && body.length > 4_200) {
                send(exchange, 400, "application/json", "{\"code\":\"BAD_REQUEST\",\"message\":\"value: at most 4096 characters\"}");
                return;
            }
            if (defect == Defect.LEGACY_HEADER_REFUSED && exchange.getRequestHeaders().getFirst("Authorization") == null && key != null) {
                send(exchange, 401, "application/json", "{\"code\":\"UNAUTHORIZED\",\"message\":\"Send the key as a Bearer token.\"}");
                return;
            }
            if (removalFaked(method, path, key, exchange)) {
                return;
            }
            byte[] forwarded = defect == Defect.DEMOTION_NOT_KEPT && "PUT".equals(method)
                    && new String(body, StandardCharsets.UTF_8).contains("\"isAdmin\":false") ? "{}".getBytes(StandardCharsets.UTF_8) : body;
            String sentKey = keyTheServerActsOn(method, path, key, bypass);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(upstream + path + (query == null ? "" : "?" + query)))
                    .timeout(Duration.ofSeconds(15))
                    .method(method, forwarded.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(forwarded));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase()) && !"authorization".equalsIgnoreCase(name) && !"x-api-key".equalsIgnoreCase(name)) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            if (sentKey != null) {
                request.header("Authorization", "Bearer " + sentKey);
            }
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            int status = response.statusCode();
            String text = new String(response.body(), StandardCharsets.UTF_8);
            if (status == 409 && "PUT DELETE".contains(method) && ruleLetThrough(path, sentKey)) {
                status = 200;
                text = "{\"isAdmin\":false,\"isOwner\":false}";
            }
            if (status == 400 && defect == Defect.INVALID_INPUT_STORED && "POST".equals(method)) {
                storeAnyway(path, body, sentKey);
            }
            if (status == 400 && defect == Defect.CHANGED_CURSOR_ACCEPTED && "GET".equals(method) && sentKey != null && query != null
                    && query.contains("after=")) {
                response = client.send(HttpRequest.newBuilder(URI.create(upstream + path + "?" + query.replaceAll("(^|&)after=[^&]*", "")))
                        .header("Authorization", "Bearer " + sentKey).timeout(Duration.ofSeconds(15)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                status = response.statusCode();
                text = new String(response.body(), StandardCharsets.UTF_8);
            }
            if (status == 404 && defect == Defect.UNKNOWN_MEMBER_ANSWERED && MEMBER.matcher(path).matches()) {
                status = 200;
                text = "{\"isAdmin\":true,\"isOwner\":false}";
            }
            if (status == 400 && defect == Defect.BODY_ECHOED_IN_ERRORS && body.length > 0) {
                text = JSON.writeValueAsString(JSON.createObjectNode().put("code", "BAD_REQUEST")
                        .put("message", "Cannot read " + new String(body, StandardCharsets.UTF_8)));
            }
            if (status == 429 && defect == Defect.NO_AUTH_FAILURE_LIMIT) {
                send(exchange, 401, "application/json", "{\"code\":\"UNAUTHORIZED\",\"message\":\"The API key is unknown.\"}");
                return;
            }
            if (status == 200 && defect == Defect.CURSOR_FOR_ANY_ORDER) {
                rememberCursor(text, originalQuery);
            }
            response.headers().allValues("Retry-After").forEach(v -> exchange.getResponseHeaders().add("Retry-After", v));
            send(exchange, breakStatus(method, status), response.headers().firstValue("Content-Type").orElse(null),
                    breakBody(method, path, status, text, body));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The checked team's namespace, from the admin's session. */
    private String namespace() {
        try {
            return JSON.readTree(get("/auth/session", target.adminKey())).at("/team/namespace").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The key sent, as a Bearer token or in the legacy {@code x-api-key} header (which the proxy forwards as the former). */
    private static String keyOf(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        return authorization == null ? exchange.getRequestHeaders().getFirst("x-api-key") : authorization.replaceFirst("^Bearer ", "");
    }

    /** The query with the order and role of the list its cursor came from, as a server that does not bind them would read it. */
    private String withCursorsOrigin(String query) {
        Matcher after = AFTER.matcher(query);
        String origin = after.find() ? cursorOrigins.get(after.group(1)) : null;
        if (origin == null) {
            return query;
        }
        String rest = ORDER_OR_ROLE.matcher(query).replaceAll("").replaceFirst("^&", "");
        return origin.isEmpty() ? rest : rest + "&" + origin;
    }

    private void rememberCursor(String page, String query) throws IOException {
        JsonNode next = JSON.readTree(page).path("nextPage");
        if (next.isTextual()) {
            StringBuilder origin = new StringBuilder();
            Matcher orderOrRole = ORDER_OR_ROLE.matcher(query == null ? "" : query);
            while (orderOrRole.find()) {
                origin.append(origin.length() == 0 ? "" : "&").append(orderOrRole.group().replaceFirst("^&", ""));
            }
            cursorOrigins.put(next.asText(), origin.toString());
        }
    }

    /**
     * Answers a removal the correct server would make with 200, without making it. The status is decided as the
     * correct server decides it, from its own answers: the caller's session and the team's members.
     */
    private boolean removalFaked(String method, String path, String key, HttpExchange exchange) throws IOException, InterruptedException {
        Matcher member = MEMBER.matcher(path);
        if (defect != Defect.REMOVAL_NOT_KEPT || !"DELETE".equals(method) || !member.matches() || key == null) {
            return false;
        }
        String caller = JSON.readTree(get("/auth/session", key)).at("/user/id").asText(null);
        JsonNode members = JSON.readTree(get("/teams/" + member.group(1) + "/users?limit=120", target.adminKey())).path("items");
        JsonNode subject = null;
        boolean callerIsAdmin = false;
        int admins = 0;
        for (JsonNode listed : members) {
            String id = listed.at("/user/id").asText();
            subject = id.equals(member.group(2)) ? listed : subject;
            callerIsAdmin |= id.equals(caller) && listed.path("isAdmin").asBoolean();
            admins += listed.path("isAdmin").asBoolean() ? 1 : 0;
        }
        boolean allowed = caller != null && subject != null && (callerIsAdmin || member.group(2).equals(caller))
                && JSON.readTree(get("/auth/session", key)).at("/team/id").asText().equals(target.teamId());
        if (!allowed || subject.path("isOwner").asBoolean() || subject.path("isAdmin").asBoolean() && admins == 1) {
            return false;
        }
        send(exchange, 200, "application/json", "{\"isAdmin\":" + subject.path("isAdmin").asBoolean() + ",\"isOwner\":false}");
        return true;
    }

    /** The key the broken server acts on: the one sent, or the admin's where the defect lets a caller through. */
    private String keyTheServerActsOn(String method, String path, String key, boolean bypass) {
        boolean asAdmin = switch (defect) {
            case MATRIX_PARAMETER_BYPASS -> bypass;
            case MISSING_AUTH_CHECK -> key == null;
            case CROSS_TEAM_ACCESS -> target.otherTeamKey().equals(key) && path.startsWith("/teams/" + target.teamId());
            case NAMESPACE_NOT_GUARDED -> target.otherTeamKey().equals(key) && path.startsWith("/teams/" + namespace() + "/");
            case MEMBER_WRITES -> target.memberKey().equals(key) && !"GET".equals(method);
            default -> false;
        };
        return asAdmin ? target.adminKey() : key;
    }

    /** Whether the defect lets through a demotion or removal the correct server refused with 409. */
    private boolean ruleLetThrough(String path, String key) throws IOException, InterruptedException {
        Matcher member = MEMBER.matcher(path);
        if (!member.matches() || defect != Defect.OWNER_UNPROTECTED && defect != Defect.LAST_ADMIN_UNPROTECTED) {
            return false;
        }
        JsonNode members = JSON.readTree(get("/teams/" + member.group(1) + "/users?limit=120", key)).path("items");
        int admins = 0;
        boolean owner = false;
        for (JsonNode listed : members) {
            admins += listed.path("isAdmin").asBoolean() ? 1 : 0;
            owner |= listed.path("user").path("id").asText().equals(member.group(2)) && listed.path("isOwner").asBoolean();
        }
        return defect == Defect.OWNER_UNPROTECTED ? owner && admins > 1 : !owner && admins == 1;
    }

    private int breakStatus(String method, int status) {
        return defect == Defect.WRONG_STATUS && status == 200 && "POST".equals(method) ? 201 : status;
    }

    private String breakBody(String method, String path, int status, String text, byte[] requestBody)
            throws IOException, InterruptedException {
        boolean list = status == 200 && "GET".equals(method) && path.matches("/teams/[^/]+/(secrets|users)");
        Matcher value = VALUE.matcher(new String(requestBody, StandardCharsets.UTF_8));
        return switch (defect) {
            case WRONG_FIELD_TYPE -> text.replaceAll("\"isAdmin\":(true|false)", "\"isAdmin\":\"$1\"");
            case LEAKED_SECRET_VALUE -> "POST".equals(method) && status == 200 && value.find()
                    ? text.replaceFirst("\\{", "{\"value\":\"" + value.group(1) + "\",") : text;
            case OPTIONAL_FIELD_LEFT_OUT -> status == 200 && "DELETE".equals(method) && MEMBER.matcher(path).matches()
                    ? text.replaceAll(",?\"dtDeleted\":\"[^\"]*\"", "").replace("{,", "{") : text;
            case EXTRA_PROPERTIES -> text.replace("{\"", "{\"addedByANewerServer\":1,\"");
            case CREATED_TIME_MOVED -> SECRET_TIMES.matcher(text).replaceAll("\"dtCreated\":\"$2\",\"dtModified\":\"$2\"");
            case MODIFIED_TIME_NOT_MOVED -> SECRET_TIMES.matcher(text).replaceAll("\"dtCreated\":\"$1\",\"dtModified\":\"$1\"");
            case DEMOTION_NOT_KEPT -> "PUT".equals(method) && MEMBER.matcher(path).matches() && status == 200
                    && new String(requestBody, StandardCharsets.UTF_8).contains("\"isAdmin\":false")
                    ? text.replace("\"isAdmin\":true", "\"isAdmin\":false") : text;
            case MIXED_TENANTS -> list && path.endsWith("/secrets") ? withOtherTeamsItems(text, "secrets") : text;
            case MIXED_MEMBERS -> list && path.endsWith("/users") ? withOtherTeamsItems(text, "users") : text;
            case TRAILING_EMPTY_PAGE -> list ? withPageAfterTheEnd(text) : text;
            default -> text;
        };
    }

    /** The page with the other team's items of the same list added to its own. */
    private String withOtherTeamsItems(String page, String list) throws IOException, InterruptedException {
        String otherTeam = JSON.readTree(get("/auth/session", target.otherTeamKey())).at("/team/id").asText();
        ObjectNode mixed = (ObjectNode) JSON.readTree(page);
        mixed.withArray("items").addAll((ArrayNode) JSON.readTree(get("/teams/" + otherTeam + "/" + list + "?limit=120",
                target.otherTeamKey())).withArray("items"));
        return JSON.writeValueAsString(mixed);
    }

    /** A last page holding items that says more follows, as a server fetching exactly {@code limit} rows would. */
    private static String withPageAfterTheEnd(String page) throws IOException {
        ObjectNode node = (ObjectNode) JSON.readTree(page);
        if (!node.path("hasMore").asBoolean() && !node.path("items").isEmpty()) {
            node.put("hasMore", true).put("nextPage", PAST_THE_END);
        }
        return JSON.writeValueAsString(node);
    }

    /** Stores a refused secret under a name made valid: letters, digits and underscores, behind an {@code X}. */
    private void storeAnyway(String path, byte[] body, String key) throws IOException, InterruptedException {
        JsonNode sent;
        try {
            sent = JSON.readTree(body);
        } catch (IOException notJson) {
            return;
        }
        String name = "X" + sent.path("name").asText("UNNAMED").replaceAll("[^A-Za-z0-9_]", "");
        String stored = JSON.writeValueAsString(JSON.createObjectNode().put("name", name.substring(0, Math.min(100, name.length())))
                .put("value", "stored-anyway"));
        client.send(HttpRequest.newBuilder(URI.create(upstream + path)).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(15))
                .POST(HttpRequest.BodyPublishers.ofString(stored)).build(), HttpResponse.BodyHandlers.discarding());
    }

    private String get(String path, String key) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(upstream + path)).header("Authorization", "Bearer " + key)
                .timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void send(HttpExchange exchange, int status, String contentType, String text) throws IOException {
        byte[] out = text.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            exchange.getResponseHeaders().add("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
        try (OutputStream stream = exchange.getResponseBody()) {
            stream.write(out);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
