package io.github.teamauthkit.server.runtime;

import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Binds a {@link SpecStatusFilter} to every resource method whose interface carries {@link SpecSuccess}.
 *
 * <p>JAX-RS picks 200 or 204 from the Java return value; the spec says 201 for a create and 200 with
 * a JSON {@code null} for an empty session. This makes the typed implementation answer what the spec says.
 */
public final class SpecStatusFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        SpecAnnotations.find(resourceInfo.getResourceClass(), resourceInfo.getResourceMethod(), SpecSuccess.class)
                .ifPresent(success -> context.register(new SpecStatusFilter(success)));
    }
}
