package io.github.teamauthkit.client.internal;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When and how long to wait before trying again: exponential backoff with full jitter, or the
 * server's {@code Retry-After} (seconds or an HTTP date) when it gives one, up to a cap.
 *
 * @param maxRetries     retries after the first attempt; 0 disables them
 * @param baseDelay      the first backoff's upper bound
 * @param maxDelay       the longest wait the client accepts; a longer Retry-After is not waited for
 */
public record RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay) {

    private static final Set<Integer> RETRIED_STATUSES = Set.of(429, 502, 503, 504);

    /** Whether a status is worth another try. */
    static boolean retriedStatus(int status) {
        return RETRIED_STATUSES.contains(status);
    }

    /** The backoff before retry number {@code retry} (0-based): random in [0, base·2^retry], capped. */
    Duration backoff(int retry) {
        long bound = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(retry, 20));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(bound + 1));
    }

    /** The server's Retry-After, if it sent a readable one. */
    static Optional<Duration> retryAfter(HttpHeaders headers, ZonedDateTime now) {
        return headers.firstValue("Retry-After").flatMap(value -> {
            try {
                return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip()))));
            } catch (NumberFormatException notSeconds) {
                try {
                    Duration until = Duration.between(now, ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
                    return Optional.of(until.isNegative() ? Duration.ZERO : until);
                } catch (DateTimeParseException notADate) {
                    return Optional.empty();
                }
            }
        });
    }
}
