package io.github.teamauthkit.reference.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
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
     * from, so the entries left of the first untrusted one are the client's own claims).
     *
     * @param peer         the connection's peer address
     * @param forwardedFor the {@code X-Forwarded-For} header's values, in order
     * @return the address the limit counts against
     */
    public String clientAddress(String peer, List<String> forwardedFor) {
        if (!trustedProxies.contains(normalized(peer))) {
            return peer;
        }
        List<String> hops = forwardedFor.stream().flatMap(value -> List.of(value.split(",")).stream()).map(String::strip)
                .filter(hop -> !hop.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = normalized(hops.get(i));
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }

    /** An IP literal in one spelling; anything else (never resolved: no DNS here) as given. */
    private static String normalized(String address) {
        if (address == null || !address.matches("[0-9A-Fa-f:.]+") || address.chars().noneMatch(Character::isDigit)) {
            return address;
        }
        try {
            return InetAddress.getByName(address).getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
