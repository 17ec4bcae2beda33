package io.github.teamauthkit.reference.security;

import io.github.teamauthkit.reference.store.AuthFailureStore;
import io.github.teamauthkit.reference.store.AuthFailureStore.Window;
import io.github.teamauthkit.reference.store.Database;
import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed authentications per client address in one-minute windows; past the limit, the
 * address is refused until its window ends. The count is kept in the database, so servers sharing
 * one share the limit; each server checks its last reading of the count, kept in memory, so that
 * requests pay nothing for it and only a failure costs a round trip. An address spreading guesses
 * over N servers thus gets at most the limit plus N - 1 of them per window (each server lets one
 * more through before it reads a count past the limit), not N times the limit.
 */
public final class AuthFailureLimiter {

    private static final long WINDOW_MILLIS = 60_000;
    /** Bounds memory under a flood from many addresses: old windows are dropped past this size. */
    private static final int MAX_TRACKED = 100_000;

    private final int limit;
    private final Clock clock;
    private final Database database;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /**
     * Creates a limiter.
     *
     * @param limit    failed authentications allowed per address per minute
     * @param clock    the time source
     * @param database where the failures are counted
     */
    public AuthFailureLimiter(int limit, Clock clock, Database database) {
        this.limit = limit;
        this.clock = clock;
        this.database = database;
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
        windows.put(address, AuthFailureStore.count(database, address, now, WINDOW_MILLIS));
    }
}
