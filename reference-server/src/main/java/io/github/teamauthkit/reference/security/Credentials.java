package io.github.teamauthkit.reference.security;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Reads the API key a request presents: {@code Authorization: Bearer KEY} or the legacy {@code x-api-key}. */
final class Credentials {

    static final String LEGACY_HEADER = "x-api-key";
    private static final String BEARER = "bearer ";

    private Credentials() {
    }

    /**
     * The presented key. A request with an Authorization header that is not a bearer token
     * presents an empty key, which no stored key matches.
     */
    static Optional<String> presented(UnaryOperator<String> header) {
        String authorization = header.apply(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            boolean bearer = authorization.length() > BEARER.length()
                    && authorization.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER);
            return Optional.of(bearer ? authorization.substring(BEARER.length()).strip() : "");
        }
        return Optional.ofNullable(header.apply(LEGACY_HEADER));
    }
}
