package io.github.teamauthkit.reference.security;

import io.github.teamauthkit.reference.store.AuthFailureStore;
import io.github.teamauthkit.reference.store.AuthFailureStore.Window;
import io.github.teamauthkit.reference.store.Database;
import io.github.teamauthkit.reference.store.DatabaseUnavailableException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed authentications per client address in one-minute windows; past the limit, the
 * address is refused until its window ends. The count is kept in the database, so servers sharing
 * one share the limit. A key that must be looked up is counted as a failure before the lookup, in one
 * atomic statement, and the count taken back when the key turns out valid: so however many requests
 * arrive at once, on however many servers, at most the limit of keys are tried per address and window.
 * Each server also keeps its last reading of the count, so an address past the limit is refused without
 * a round trip, and requests whose key was looked up before (cached) pay nothing.
 */
public final class AuthFailureLimiter {

    private static final long WINDOW_MILLIS = 60_000;
    /** Bounds memory under a flood from many addresses: old windows are dropped past this size. */
    private static final int MAX_TRACKED = 100_000;
    /** The window start of an attempt the database could not count. */
    private static final long NOT_COUNTED = -1;

    private final AuthFailurePolicy policy;
    private final Clock clock;
    private final Database database;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /**
     * Creates a limiter.
     *
     * @param policy   failed authentications allowed per address per minute, and whose forwarded addresses to trust
     * @param clock    the time source
     * @param database where the failures are counted
     */
    public AuthFailureLimiter(AuthFailurePolicy policy, Clock clock, Database database) {
        this.policy = policy;
        this.clock = clock;
        this.database = database;
    }

    /**
     * The address a request's failures count against.
     *
     * @param peer         the connection's peer
     * @param forwardedFor the request's {@code X-Forwarded-For} values
     * @return the client address
     */
    public String clientAddress(String peer, List<String> forwardedFor) {
        return policy.clientAddress(peer, forwardedFor);
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
        if (window == null || now - window.start() >= WINDOW_MILLIS || window.failures() < policy.limit()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (window.start() + WINDOW_MILLIS - now + 999) / 1000));
    }

    /**
     * Counts an attempt as a failure before its key is looked up.
     *
     * @param address the client address
     * @return the attempt, to {@link #refund} when the key is valid; not {@link Attempt#allowed()} when the
     *         address was already at its limit, and then its key must not be looked up
     */
    public Attempt attempt(String address) {
        long now = clock.millis();
        if (windows.size() > MAX_TRACKED) {
            windows.values().removeIf(w -> now - w.start() >= WINDOW_MILLIS);
        }
        Window window;
        try {
            window = AuthFailureStore.count(database, address, now, WINDOW_MILLIS);
        } catch (DatabaseUnavailableException full) {
            // A database that takes no writes (a full disk) still serves reads: so must authentication. Uncounted;
            // the last reading in memory still refuses an address already past its limit.
            return new Attempt(address, NOT_COUNTED, true);
        }
        windows.put(address, window);
        return new Attempt(address, window.start(), window.failures() <= policy.limit());
    }

    /**
     * Takes back an attempt whose key was valid.
     *
     * @param attempt the attempt
     */
    public void refund(Attempt attempt) {
        if (attempt.windowStart() == NOT_COUNTED) {
            return;
        }
        try {
            AuthFailureStore.refund(database, attempt.address(), attempt.windowStart());
        } catch (DatabaseUnavailableException full) {
            // The attempt stays counted: one failure too many in this window, never one too few.
            return;
        }
        windows.computeIfPresent(attempt.address(), (address, window) -> window.start() == attempt.windowStart()
                ? new Window(window.start(), Math.max(0, window.failures() - 1)) : window);
    }

    /**
     * An attempt counted as a failure until its key proves valid.
     *
     * @param address     the client address
     * @param windowStart the window it was counted in
     * @param allowed     whether its key may be looked up
     */
    public record Attempt(String address, long windowStart, boolean allowed) {
    }
}
