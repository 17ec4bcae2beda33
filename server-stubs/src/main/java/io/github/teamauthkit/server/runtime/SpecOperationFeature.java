package io.github.teamauthkit.server.runtime;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Binds the spec's rules for one operation to each resource method whose interface carries
 * {@link SpecSuccess}: its query parameters are checked before the runtime converts them
 * ({@link QueryParameterCheck}), and its success answers the spec's status ({@link SpecStatusFilter}).
 *
 * <p>JAX-RS picks 200 or 204 from the Java return value; the spec says 201 for a create and 200 with
 * a JSON {@code null} for an empty session. This makes the typed implementation answer what the spec says.
 */
@Provider
public final class SpecOperationFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        SpecAnnotations.find(resourceInfo.getResourceClass(), resourceInfo.getResourceMethod(), SpecSuccess.class)
                .ifPresent(success -> {
                    QueryParameterCheck.of(resourceInfo.getResourceClass(), resourceInfo.getResourceMethod())
                            // After the application's authentication and access filters: a caller who may not call
                            // the operation learns nothing about its parameters.
                            .ifPresent(check -> context.register(check, Priorities.USER));
                    context.register(new SpecStatusFilter(success));
                });
    }
}
