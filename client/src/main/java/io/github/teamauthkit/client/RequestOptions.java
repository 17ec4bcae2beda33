package io.github.teamauthkit.client;

import java.time.Duration;
import java.util.Optional;

/**
 * Per-call overrides of the client's settings; immutable. {@code RequestOptions.none()} changes nothing.
 *
 * @param timeout    this call's request timeout, instead of the client's
 * @param maxRetries this call's retries, instead of the client's
 */
public record RequestOptions(Optional<Duration> timeout, Optional<Integer> maxRetries) {

    private static final RequestOptions NONE = new RequestOptions(Optional.empty(), Optional.empty());

    /**
     * No overrides.
     *
     * @return the empty options
     */
    public static RequestOptions none() {
        return NONE;
    }

    /**
     * These options with another timeout.
     *
     * @param timeout the request timeout for the call
     * @return new options
     */
    public RequestOptions withTimeout(Duration timeout) {
        return new RequestOptions(Optional.of(timeout), maxRetries);
    }

    /**
     * These options with another number of retries.
     *
     * @param maxRetries retries after the first attempt; 0 disables them
     * @return new options
     */
    public RequestOptions withMaxRetries(int maxRetries) {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be 0 or more");
        }
        return new RequestOptions(timeout, Optional.of(maxRetries));
    }
}
