package io.github.teamauthkit.contract.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.teamauthkit.contract.ContractTarget;
import io.github.teamauthkit.contract.ContractTargetExtension;
import io.github.teamauthkit.contract.RawHttp;
import java.io.IOException;
import java.net.URI;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A bare CR (one not followed by LF) is no line end (RFC 9112 section 2.2: a recipient treats the message as invalid or
 * replaces the CR with a space). A server that ends a header line there honours a header a proxy never saw: a key, or a
 * Content-Length that smuggles a second request. Either reading the RFC allows keeps the header hidden; answering with
 * it is refused.
 */
@ExtendWith(ContractTargetExtension.class)
public class FramingContractTest {

    @Test
    void aKeyBehindABareCarriageReturnIsNotHonoured(ContractTarget target) throws IOException {
        String path = URI.create(target.baseUrl()).getRawPath() + "/teams/" + target.team() + "/secrets";
        OptionalInt status = new RawHttp(target.baseUrl()).statusOfRaw("GET " + path + " HTTP/1.1",
                "Accept: application/json\r\nX-Forwarded-Note: a\rAuthorization: Bearer " + target.admin() + "\r\n\r\n");

        assertTrue(status.isPresent(), "the server closed the connection without an answer");
        assertTrue(status.getAsInt() >= 400 && status.getAsInt() < 500,
                "a header after a bare CR was honoured or broke the server: " + status.getAsInt());
    }
}
