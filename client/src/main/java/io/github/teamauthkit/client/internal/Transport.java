package io.github.teamauthkit.client.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.teamauthkit.client.RawResponse;
import io.github.teamauthkit.client.RequestOptions;
import io.github.teamauthkit.client.errors.ApiErrorBody;
import io.github.teamauthkit.client.errors.BadRequestException;
import io.github.teamauthkit.client.errors.ConflictException;
import io.github.teamauthkit.client.errors.ConnectionException;
import io.github.teamauthkit.client.errors.ForbiddenException;
import io.github.teamauthkit.client.errors.NotFoundException;
import io.github.teamauthkit.client.errors.RateLimitedException;
import io.github.teamauthkit.client.errors.ServerException;
import io.github.teamauthkit.client.errors.TeamAuthException;
import io.github.teamauthkit.client.errors.UnauthorizedException;
import io.github.teamauthkit.client.errors.UnexpectedStatusException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * Sends one operation: builds the request, retries what is safe to retry, and turns the answer
 * into data or a typed exception. Shared by the sync, async and raw-response views of the client.
 */
public final class Transport {

    private static final System.Logger LOG = System.getLogger("io.github.teamauthkit.client");

    private final HttpClient http;
    private final URI baseUrl;
    private final String apiKey;
    private final String userAgent;
    private final RetryPolicy retries;
    private final Duration requestTimeout;
    private final boolean logging;
    private final ObjectMapper mapper;

    /**
     * Creates the transport.
     *
     * @param http           the HTTP client (its connect timeout applies)
     * @param baseUrl        the API's base URL
     * @param apiKey         the key sent as {@code Authorization: Bearer}
     * @param userAgent      the User-Agent header
     * @param retries        the retry policy
     * @param requestTimeout the default per-request timeout
     * @param logging        whether to log requests (redacted) through {@link System.Logger}
     * @param mapper         the JSON mapper of the generated models
     */
    public Transport(HttpClient http, URI baseUrl, String apiKey, String userAgent, RetryPolicy retries, Duration requestTimeout,
            boolean logging, ObjectMapper mapper) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.userAgent = userAgent;
        this.retries = retries;
        this.requestTimeout = requestTimeout;
        this.logging = logging;
        this.mapper = mapper;
    }

    /** One call: the endpoint, its path parameters in order, an optional body, and what to read back. */
    public record Call(Endpoint endpoint, List<String> pathParameters, Object body, JavaType responseType, List<String> secrets) {
    }

    /**
     * Sends a call.
     *
     * @param call    the call
     * @param options per-call overrides
     * @param <T>     the response data type
     * @return the response, or an exception: a {@link TeamAuthException}
     */
    public <T> CompletableFuture<RawResponse<T>> send(Call call, RequestOptions options) {
        List<String> sensitive = new ArrayList<>(call.secrets());
        sensitive.add(apiKey);
        Redactor redactor = new Redactor(sensitive);
        HttpRequest request;
        try {
            request = request(call, options);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("cannot write the request body as JSON", e));
        }
        int maxRetries = options.maxRetries().orElse(retries.maxRetries());
        return this.<T>attempt(call, request, redactor, 0, maxRetries);
    }

    private <T> CompletableFuture<RawResponse<T>> attempt(Call call, HttpRequest request, Redactor redactor, int retry, int maxRetries) {
        long start = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).<CompletableFuture<RawResponse<T>>>handle((response, failure) -> {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            log(request, response, cause, start);
            if (cause != null) {
                boolean neverSent = cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException;
                if (retry < maxRetries && (neverSent || call.endpoint().retrySafe()) && cause instanceof IOException) {
                    return this.<T>later(retries.backoff(retry), () -> attempt(call, request, redactor, retry + 1, maxRetries));
                }
                String what = cause instanceof java.net.http.HttpTimeoutException ? "timed out" : "failed";
                return CompletableFuture.<RawResponse<T>>failedFuture(new ConnectionException(request.method() + " "
                        + call.endpoint().path() + " " + what + ": " + redactor.text(String.valueOf(cause.getMessage())), cause));
            }
            int status = response.statusCode();
            if (status == call.endpoint().success()) {
                return this.<T>read(call, response);
            }
            if (retry < maxRetries && RetryPolicy.retriedStatus(status) && call.endpoint().retrySafe()) {
                Optional<Duration> asked = RetryPolicy.retryAfter(response.headers(), ZonedDateTime.now(ZoneOffset.UTC));
                if (asked.isEmpty() || asked.get().compareTo(retries.maxDelay()) <= 0) {
                    Duration wait = asked.orElseGet(() -> retries.backoff(retry));
                    return this.<T>later(wait, () -> attempt(call, request, redactor, retry + 1, maxRetries));
                }
            }
            return CompletableFuture.<RawResponse<T>>failedFuture(error(call.endpoint(), response, redactor));
        }).thenCompose(future -> future);
    }

    private <T> CompletableFuture<RawResponse<T>> later(Duration wait, java.util.function.Supplier<CompletableFuture<RawResponse<T>>> next) {
        return CompletableFuture.supplyAsync(next, CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS))
                .thenCompose(future -> future);
    }

    private <T> CompletableFuture<RawResponse<T>> read(Call call, HttpResponse<byte[]> response) {
        try {
            T data = call.responseType() == null || response.body().length == 0 ? null
                    : mapper.readValue(response.body(), call.responseType());
            return CompletableFuture.completedFuture(new RawResponse<>(response.statusCode(), response.headers(), data));
        } catch (IOException e) {
            return CompletableFuture.failedFuture(new UnexpectedStatusException(call.endpoint().operationId() + " (body not as "
                    + "documented)", response.statusCode(), null, response.headers()));
        }
    }

    private TeamAuthException error(Endpoint endpoint, HttpResponse<byte[]> response, Redactor redactor) {
        int status = response.statusCode();
        HttpHeaders headers = response.headers();
        ApiErrorBody body = errorBody(response.body(), status, redactor);
        if (status >= 500) {
            return new ServerException(status, body, headers);
        }
        if (!endpoint.errors().contains(status)) {
            return new UnexpectedStatusException(endpoint.operationId(), status, body, headers);
        }
        return switch (status) {
            case 400 -> new BadRequestException(body, headers);
            case 401 -> new UnauthorizedException(body, headers);
            case 403 -> new ForbiddenException(body, headers);
            case 404 -> new NotFoundException(body, headers);
            case 409 -> new ConflictException(body, headers);
            case 429 -> new RateLimitedException(body, headers,
                    RetryPolicy.retryAfter(headers, ZonedDateTime.now(ZoneOffset.UTC)).orElse(null));
            default -> new TeamAuthException(status, body, headers);
        };
    }

    private ApiErrorBody errorBody(byte[] bytes, int status, Redactor redactor) {
        try {
            JsonNode node = mapper.readTree(bytes);
            if (node != null && node.isObject()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> details = node.has("details") ? mapper.convertValue(node.get("details"), Map.class) : Map.of();
                return new ApiErrorBody(node.path("code").asText("UNKNOWN"), redactor.text(node.path("message").asText("")),
                        redactor.details(details == null ? Map.of() : details));
            }
        } catch (IOException | IllegalArgumentException notJson) {
            // Fall through: a proxy's HTML page, say.
        }
        return new ApiErrorBody("UNKNOWN", "HTTP " + status + " without an Error body", Map.of());
    }

    private HttpRequest request(Call call, RequestOptions options) throws IOException {
        String path = call.endpoint().path();
        for (String value : call.pathParameters()) {
            path = path.replaceFirst("\\{[^}]+}", URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        HttpRequest.BodyPublisher body = call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(call.body()));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(options.timeout().orElse(requestTimeout))
                .header("Authorization", "Bearer " + apiKey)
                .header("User-Agent", userAgent)
                .header("Accept", "application/json")
                .method(call.endpoint().method(), body);
        if (call.body() != null) {
            request.header("Content-Type", "application/json");
        }
        return request.build();
    }

    private void log(HttpRequest request, HttpResponse<byte[]> response, Throwable failure, long start) {
        if (!logging) {
            return;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.log(Level.INFO, () -> request.method() + " " + request.uri() + " " + Redactor.headers(request.headers().map()) + " -> "
                + (response != null ? response.statusCode() : "failed: " + failure.getClass().getSimpleName()) + " in " + millis + " ms");
    }
}
