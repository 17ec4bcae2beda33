package io.github.teamauthkit.client.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
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
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
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

    /** What to do after one attempt: done, wait and retry, or fail. */
    private record Outcome<T>(RawResponse<T> done, Duration retryAfter, RuntimeException failure) {
    }

    /**
     * Sends a call and waits for it, on the calling thread (the JDK's synchronous path is several
     * times cheaper than its asynchronous one on loopback).
     *
     * @param call    the call
     * @param options per-call overrides
     * @param <T>     the response data type
     * @return the response
     * @throws TeamAuthException for every failure
     */
    public <T> RawResponse<T> execute(Call<T> call, RequestOptions options) {
        Redactor redactor = redactor(call);
        HttpRequest request = request(call, options);
        int maxRetries = options.maxRetries().orElse(retries.maxRetries());
        long first = System.nanoTime();
        for (int retry = 0; ; retry++) {
            long start = System.nanoTime();
            Outcome<T> outcome;
            try {
                HttpResponse<byte[]> response = http.send(request, WholeExchangeTimeout.ofByteArray(start, timeout(request)));
                log(request, response, null, start);
                outcome = decide(call, request, response, null, redactor, retry, maxRetries, first);
            } catch (IOException e) {
                log(request, null, e, start);
                outcome = decide(call, request, null, e, redactor, retry, maxRetries, first);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConnectionException(request.method() + " " + call.endpoint().path() + " interrupted", changes(request), e);
            }
            if (outcome.done() != null) {
                return outcome.done();
            }
            if (outcome.failure() != null) {
                throw outcome.failure();
            }
            sleep(outcome.retryAfter(), changes(request));
        }
    }

    /**
     * Sends a call without blocking.
     *
     * @param call    the call
     * @param options per-call overrides
     * @param <T>     the response data type
     * @return the response, or a future failed with a {@link TeamAuthException}
     */
    public <T> CompletableFuture<RawResponse<T>> executeAsync(Call<T> call, RequestOptions options) {
        try {
            return attempt(call, request(call, options), redactor(call), 0, options.maxRetries().orElse(retries.maxRetries()),
                    System.nanoTime());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private <T> CompletableFuture<RawResponse<T>> attempt(Call<T> call, HttpRequest request, Redactor redactor, int retry, int maxRetries,
            long first) {
        long start = System.nanoTime();
        return http.sendAsync(request, WholeExchangeTimeout.ofByteArray(start, timeout(request)))
                .<CompletableFuture<RawResponse<T>>>handle((response, failure) -> {
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                    log(request, response, cause, start);
                    Outcome<T> outcome = decide(call, request, response, cause, redactor, retry, maxRetries, first);
                    if (outcome.failure() != null) {
                        return CompletableFuture.failedFuture(outcome.failure());
                    }
                    if (outcome.retryAfter() != null) {
                        Executor delayed = CompletableFuture.delayedExecutor(outcome.retryAfter().toMillis(), TimeUnit.MILLISECONDS);
                        return CompletableFuture.supplyAsync(() -> attempt(call, request, redactor, retry + 1, maxRetries, first), delayed)
                                .thenCompose(next -> next);
                    }
                    return CompletableFuture.completedFuture(outcome.done());
                }).thenCompose(future -> future);
    }

    /** The one place that decides what an attempt's result means, for both paths; {@code first}: when the first attempt began. */
    private <T> Outcome<T> decide(Call<T> call, HttpRequest request, HttpResponse<byte[]> response, Throwable failure,
            Redactor redactor, int retry, int maxRetries, long first) {
        if (failure != null) {
            boolean neverSent = failure instanceof ConnectException || failure instanceof HttpConnectTimeoutException;
            if (retry < maxRetries && failure instanceof IOException && (neverSent || call.endpoint().retrySafe())) {
                return new Outcome<>(null, retries.backoff(retry), null);
            }
            String what = failure instanceof HttpTimeoutException ? "timed out after " + timeout(request).toMillis() + " ms"
                    : failure instanceof ConnectException ? "failed: could not connect"
                    : "failed: " + (failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName());
            if (retry > 0) {
                // The caller waited for every attempt and the pauses between them: say so, not just the last one.
                what += " (" + (retry + 1) + " attempts, " + String.format(Locale.ROOT, "%.1f",
                        (System.nanoTime() - first) / 1e9) + " s in all)";
            }
            // A write that left, now or on an earlier attempt, may have been acted on though no answer came.
            return new Outcome<>(null, null, new ConnectionException(request.method() + " " + request.uri() + " "
                    + redactor.text(what), changes(request) && (!neverSent || retry > 0), failure));
        }
        int status = response.statusCode();
        if (status == call.endpoint().success()) {
            return read(call, response);
        }
        if (retry < maxRetries && RetryPolicy.retriedStatus(status) && call.endpoint().retrySafe()) {
            Optional<Duration> asked = RetryPolicy.retryAfter(response.headers(), ZonedDateTime.now(ZoneOffset.UTC));
            if (asked.isEmpty() || asked.get().compareTo(retries.maxDelay()) <= 0) {
                return new Outcome<>(null, asked.orElseGet(() -> retries.backoff(retry)), null);
            }
        }
        return new Outcome<>(null, null, error(call.endpoint(), response, redactor));
    }

    private Duration timeout(HttpRequest request) {
        return request.timeout().orElse(requestTimeout);
    }

    private Redactor redactor(Call<?> call) {
        List<String> sensitive = new ArrayList<>(call.secrets());
        sensitive.add(apiKey);
        return new Redactor(sensitive);
    }

    /** An earlier attempt of a write may have been acted on: {@code changes} says so for the caller. */
    private static void sleep(Duration wait, boolean changes) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionException("interrupted while waiting to retry", changes, e);
        }
    }

    /** Whether the request changes something on the server: every method but GET. */
    private static boolean changes(HttpRequest request) {
        return !"GET".equals(request.method());
    }

    private <T> Outcome<T> read(Call<T> call, HttpResponse<byte[]> response) {
        String problem;
        try {
            T data = call.responseType() == null || response.body().length == 0 ? null
                    : mapper.readValue(response.body(), call.responseType());
            if (data != null || !call.endpoint().dataRequired()) {
                return new Outcome<>(new RawResponse<>(response.statusCode(), response.headers(), data), null, null);
            }
            problem = response.body().length == 0 ? "it is empty" : "it is null";
        } catch (RequiredProperties.MissingProperty e) {
            problem = "at " + pointer(e) + " a required value is missing or null";
        } catch (JsonMappingException e) {
            problem = "at " + pointer(e) + " a value of another type or shape than documented";
        } catch (IOException e) {
            problem = "it is not JSON";
        }
        return new Outcome<>(null, null, UnexpectedStatusException.bodyNotAsDocumented(call.endpoint().operationId(),
                response.statusCode(), problem, response.headers()));
    }

    /** Where in the body mapping failed, as a JSON pointer; never the value found there (it may be a secret). */
    private static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            pointer.append('/').append(reference.getFieldName() != null ? reference.getFieldName() : String.valueOf(reference.getIndex()));
        }
        return pointer.length() == 0 ? "/" : pointer.toString();
    }

    private TeamAuthException error(Endpoint endpoint, HttpResponse<byte[]> response, Redactor redactor) {
        int status = response.statusCode();
        HttpHeaders headers = response.headers();
        ApiErrorBody body = errorBody(response.body(), status, redactor);
        if (status >= 500) {
            return new ServerException(status, body, headers);
        }
        if (!endpoint.documentsError(status)) {
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
                return new ApiErrorBody(redactor.text(node.path("code").asText("UNKNOWN")), redactor.text(node.path("message").asText("")),
                        redactor.details(details == null ? Map.of() : details));
            }
        } catch (IOException | IllegalArgumentException notJson) {
            // Fall through: a proxy's HTML page, say.
        }
        return new ApiErrorBody("UNKNOWN", "HTTP " + status + " without an Error body", Map.of());
    }

    private HttpRequest request(Call<?> call, RequestOptions options) {
        String path = call.endpoint().path();
        for (String value : call.pathParameters()) {
            path = path.replaceFirst("\\{[^}]+}", encode(value));
        }
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, Object> parameter : call.query()) {
            query.append(query.length() == 0 ? '?' : '&').append(encode(parameter.getKey())).append('=')
                    .append(encode(String.valueOf(parameter.getValue())));
        }
        HttpRequest.BodyPublisher body;
        try {
            body = call.body() == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(call.body()));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write the request body as JSON", e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path + query))
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

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
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
