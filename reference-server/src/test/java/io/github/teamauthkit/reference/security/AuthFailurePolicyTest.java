package io.github.teamauthkit.reference.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whose failures count: the peer, or behind trusted proxies the first address in X-Forwarded-For none of them wrote. */
class AuthFailurePolicyTest {

    private final AuthFailurePolicy behindTwoProxies = new AuthFailurePolicy(20, Set.of("10.0.0.1", "10.0.0.2", "::1"));

    @Test
    void withoutTrustTheHeaderIsIgnored() {
        assertThat(AuthFailurePolicy.limit(20).clientAddress("198.51.100.9", List.of("203.0.113.7"))).isEqualTo("198.51.100.9");
        assertThat(behindTwoProxies.clientAddress("198.51.100.9", List.of("203.0.113.7"))).isEqualTo("198.51.100.9");
    }

    @Test
    void behindTrustedProxiesTheLastUntrustedHopIsTheClient() {
        assertThat(behindTwoProxies.clientAddress("10.0.0.2", List.of("203.0.113.7, 10.0.0.1"))).isEqualTo("203.0.113.7");
        assertThat(behindTwoProxies.clientAddress("10.0.0.2", List.of("1.1.1.1, 203.0.113.7", "10.0.0.1"))).isEqualTo("203.0.113.7");
        assertThat(behindTwoProxies.clientAddress("0:0:0:0:0:0:0:1", List.of("2001:db8::7"))).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(behindTwoProxies.clientAddress("10.0.0.2", List.of())).as("no header: the proxy itself").isEqualTo("10.0.0.2");
        assertThat(behindTwoProxies.clientAddress("10.0.0.2", List.of("10.0.0.1"))).isEqualTo("10.0.0.2");
    }
}
