package io.github.teamauthkit.reference.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The total limit holds for every address, trusted proxies included; a closed connection's place is free again. */
class ConnectionLimitsUnitTest {

    @Test
    void theTotalBindsEveryAddressAndTrustedProxiesOnlyEscapeThePerAddressLimit() throws Exception {
        InetAddress proxy = InetAddress.getByName("10.0.0.1");
        InetAddress client = InetAddress.getByName("203.0.113.7");
        ConnectionLimits limits = new ConnectionLimits(ConnectionLimits.PER_ADDRESS + 2, Set.of("10.0.0.1"));

        for (int i = 0; i < ConnectionLimits.PER_ADDRESS; i++) {
            assertThat(limits.open(client)).as("client connection %d", i + 1).isTrue();
        }
        assertThat(limits.open(client)).as("one past the per-address limit").isFalse();
        assertThat(limits.open(proxy)).isTrue();
        assertThat(limits.open(proxy)).as("a proxy past nothing but the total").isTrue();
        assertThat(limits.open(proxy)).as("past the total").isFalse();

        limits.closed(client);
        assertThat(limits.open(client)).as("after one closed").isTrue();
    }
}
