package io.github.teamauthkit.client.errors;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Optional;

/** 429: too many requests or failed authentications; {@link #retryAfter()} says how long to wait. */
public final class RateLimitedException extends TeamAuthException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    /**
     * Creates the exception.
     *
     * @param error      the parsed error body
     * @param headers    the response headers
     * @param retryAfter the server's Retry-After, or null when it sent none
     */
    public RateLimitedException(ApiErrorBody error, HttpHeaders headers, Duration retryAfter) {
        super(429, error, headers);
        this.retryAfter = retryAfter;
    }

    /**
     * How long the server asked to wait, from its {@code Retry-After} header.
     *
     * @return the wait, if the server said
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
