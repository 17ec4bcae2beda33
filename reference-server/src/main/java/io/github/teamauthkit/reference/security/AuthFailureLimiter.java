package io.github.teamauthkit.reference.security;

import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed authentications per client address in one-minute windows; past the limit, the
 * address is refused until its window ends. Kept in memory, per server process.
 */
public final class AuthFailureLimiter {

    private static final long WINDOW_MILLIS = 60_000;
    /** Bounds memory under a flood from many addresses: old windows are dropped past this size. */
    private static final int MAX_TRACKED = 100_000;

    private record Window(long start, int failures) {
    }

    private final int limit;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /**
     * Creates a limiter.
     *
     * @param limit failed authentications allowed per address per minute
     * @param clock the time source
     */
    public AuthFailureLimiter(int limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    /**
     * How long an address must wait before trying again.
     *
     * @param address the client address
     * @return seconds to wait, or empty when the address may try now
     */
    public OptionalLong retryAfterSeconds(String address) {
        long now = clock.millis();
        Window window = windows.get(address);
        if (window == null || now - window.start() >= WINDOW_MILLIS || window.failures() < limit) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (window.start() + WINDOW_MILLIS - now + 999) / 1000));
    }

    /**
     * Records one failed authentication.
     *
     * @param address the client address
     */
    public void recordFailure(String address) {
        long now = clock.millis();
        if (windows.size() > MAX_TRACKED) {
            windows.values().removeIf(w -> now - w.start() >= WINDOW_MILLIS);
        }
        windows.merge(address, new Window(now, 1), (old, fresh) ->
                now - old.start() >= WINDOW_MILLIS ? fresh : new Window(old.start(), old.failures() + 1));
    }
}
