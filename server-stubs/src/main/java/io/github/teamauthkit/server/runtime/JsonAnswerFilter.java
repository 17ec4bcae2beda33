package io.github.teamauthkit.server.runtime;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers JSON whatever the {@code Accept} header lists. The spec has one representation per
 * response and documents no 406; RFC 9110 (section 12.5.1) lets a server disregard an
 * {@code Accept} it cannot satisfy, and a browser's {@code text/html,…} or a tool's
 * {@code text/plain} then gets the JSON (or the {@code Error}) it would have got anyway.
 */
@Provider
@PreMatching
final class JsonAnswerFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.ACCEPT) != null
                && request.getAcceptableMediaTypes().stream().noneMatch(MediaType.APPLICATION_JSON_TYPE::isCompatible)) {
            // The list is replaced, not cleared: Jersey on the JDK's server hands out header values read-only.
            request.getHeaders().put(HttpHeaders.ACCEPT, new ArrayList<>(List.of(MediaType.APPLICATION_JSON)));
        }
    }
}
