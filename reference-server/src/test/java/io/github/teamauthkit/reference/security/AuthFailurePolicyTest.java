package io.github.teamauthkit.reference.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
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

    @Test
    void aHopThatIsNoIpLiteralCountsAgainstTheProxy() {
        for (String hop : List.of("1.2.3.4.5", "x".repeat(100), "proxy.example", "01.2.3.4", "1.2.3", "256.1.1.1", ".1:2", "1::2::3",
                "fe80::1%eth0")) {
            assertThat(behindTwoProxies.clientAddress("10.0.0.2", List.of("203.0.113.7, " + hop))).as(hop).isEqualTo("10.0.0.2");
        }
        assertThat(behindTwoProxies.clientAddress("10.0.0.2", List.of("::ffff:203.0.113.7"))).isEqualTo("203.0.113.7");
    }

    @Test
    void onlyTheHopsUpToTheClientAreRead() {
        String trustedHops = String.join(", ", Collections.nCopies(AuthFailurePolicy.MAX_TRUSTED_HOPS, "10.0.0.1"));
        assertThat(behindTwoProxies.clientAddress("10.0.0.2", List.of("203.0.113.7, " + trustedHops))).isEqualTo("203.0.113.7");
        assertThat(behindTwoProxies.clientAddress("10.0.0.2", List.of("203.0.113.7, 10.0.0.1, " + trustedHops)))
                .as("more trusted hops than any deployment chains").isEqualTo("10.0.0.2");
        assertThat(behindTwoProxies.clientAddress("10.0.0.2", List.of("not an address, ".repeat(20_000) + "203.0.113.7")))
                .as("what lies left of the client is never read").isEqualTo("203.0.113.7");
    }
}
