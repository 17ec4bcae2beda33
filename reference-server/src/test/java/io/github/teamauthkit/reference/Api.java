package io.github.teamauthkit.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A plain HTTP client for the tests, with timeouts; the SDK is tested on its own. */
final class Api {

    static final String ALICE = "acme-alice-key-0001";
    static final String BOB = "acme-bob-key-0001";
    static final String OLGA = "other-olga-key-0001";
    static final String JSON = "application/json";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One response: status, headers and the body as text and, when it is JSON, as a tree. */
    record Reply(int status, HttpHeaders headers, String text) {

        JsonNode json() {
            try {
                return MAPPER.readTree(text);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + text, e);
            }
        }

        String code() {
            return json().path("code").asText();
        }
    }

    private final URI base;

    Api(URI base) {
        this.base = base;
    }

    Reply get(String path, String key) {
        return send("GET", path, key, null, null);
    }

    /** Every item of a paged list, following {@code nextPage} (at most 1,000 pages). */
    List<JsonNode> walk(String path, String key) {
        List<JsonNode> items = new ArrayList<>();
        String next = path + (path.contains("?") ? "&" : "?") + "limit=120";
        for (int page = 0; page < 1_000 && next != null; page++) {
            Reply reply = get(next, key);
            // A page that is not 200 is no page: read as one, it would end the walk as if the list were empty.
            if (reply.status() != 200) {
                throw new AssertionError("GET " + next + " answered " + reply.status() + " during a walk: " + reply.text());
            }
            JsonNode body = reply.json();
            body.path("items").forEach(items::add);
            next = body.path("hasMore").asBoolean() ? path + (path.contains("?") ? "&" : "?") + "limit=120&after="
                    + URLEncoder.encode(body.path("nextPage").asText(), StandardCharsets.UTF_8) : null;
        }
        return items;
    }

    Reply delete(String path, String key) {
        return send("DELETE", path, key, null, null);
    }

    Reply json(String method, String path, String key, String body) {
        return send(method, path, key, JSON, body);
    }

    Reply send(String method, String path, String key, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
    }

    /**
     * A request as Paperspace's CLI sends it: {@code content-type: application/json} with or without a body, and its
     * {@code x-client} headers.
     */
    Reply asPaperspaceCli(String method, String path, String key, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + key)
                .header("content-type", JSON)
                .header("x-client", "paperspace-cli")
                .header("x-client-version", "1.11.0")
                .build());
    }

    static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
