package io.github.teamauthkit.reference.security;

import java.net.InetAddress;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How failed authentications are limited: how many unknown keys a client address may try per minute, and which
 * addresses are proxies of the operator's whose {@code X-Forwarded-For} names the client. Without trusted proxies
 * the header is ignored: anyone could write it.
 *
 * @param limit          failed authentications allowed per client address per minute
 * @param trustedProxies IP addresses of proxies in front of the server, as {@link InetAddress#getHostAddress()} writes them
 */
public record AuthFailurePolicy(int limit, Set<String> trustedProxies) {

    /** More proxies than any deployment chains: past them the header is a client's own, too long to read. */
    static final int MAX_TRUSTED_HOPS = 16;

    /**
     * Creates the policy.
     *
     * @param limit          failed authentications allowed per client address per minute
     * @param trustedProxies IP addresses of trusted proxies
     */
    public AuthFailurePolicy {
        trustedProxies = trustedProxies.stream().map(AuthFailurePolicy::normalized).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * A limit with no trusted proxy.
     *
     * @param limit failed authentications allowed per client address per minute
     * @return the policy
     */
    public static AuthFailurePolicy limit(int limit) {
        return new AuthFailurePolicy(limit, Set.of());
    }

    /**
     * The client a request came from: the connection's peer, unless the peer is a trusted proxy; then the last
     * address in {@code X-Forwarded-For} that is not a trusted proxy (each proxy appends the address it was reached
     * from, so the entries left of the first untrusted one are the client's own claims). A trusted proxy always writes
     * an IP literal there: a hop that is none (a name, {@code 1.2.3.4.5}, 100 characters), or more than
     * {@value #MAX_TRUSTED_HOPS} trusted hops in a row, cannot name the client, and the peer is counted instead. Only
     * the hops from the right up to the client are read, and no address is ever resolved.
     *
     * @param peer         the connection's peer address
     * @param forwardedFor the {@code X-Forwarded-For} header's values, in order
     * @return the address the limit counts against
     */
    public String clientAddress(String peer, List<String> forwardedFor) {
        if (!trustedProxies.contains(normalized(peer))) {
            return peer;
        }
        int trustedHops = 0;
        for (int v = forwardedFor.size() - 1; v >= 0; v--) {
            String value = forwardedFor.get(v);
            for (int end = value.length(); end >= 0; ) {
                int comma = value.lastIndexOf(',', end - 1);
                String hop = value.substring(comma + 1, end).strip();
                end = comma;
                if (hop.isEmpty()) {
                    continue;
                }
                String address = IpLiterals.canonical(hop);
                if (address == null) {
                    return peer;
                }
                if (!trustedProxies.contains(address)) {
                    return address;
                }
                if (++trustedHops > MAX_TRUSTED_HOPS) {
                    return peer;
                }
            }
        }
        return peer;
    }

    /** An IP literal in one spelling; anything else as given (it then matches no trusted proxy). */
    private static String normalized(String address) {
        String canonical = address == null ? null : IpLiterals.canonical(address);
        return canonical == null ? address : canonical;
    }
}
