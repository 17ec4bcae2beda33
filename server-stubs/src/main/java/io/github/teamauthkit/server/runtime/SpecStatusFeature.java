package io.github.teamauthkit.server.runtime;

import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Binds a {@link SpecStatusFilter} to every resource method whose interface carries {@link SpecSuccess}.
 *
 * <p>JAX-RS picks 200 or 204 from the Java return value; the spec says 201 for a create and 200 with
 * a JSON {@code null} for an empty session. This makes the typed implementation answer what the spec says.
 */
public final class SpecStatusFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        specSuccessOf(resourceInfo.getResourceClass(), resourceInfo.getResourceMethod())
                .ifPresent(success -> context.register(new SpecStatusFilter(success)));
    }

    /** Annotations on interface methods are not inherited by implementations, so look them up. */
    static Optional<SpecSuccess> specSuccessOf(Class<?> resourceClass, Method method) {
        return Stream.concat(Stream.of(method), declarationsInInterfaces(resourceClass, method))
                .map(m -> m.getAnnotation(SpecSuccess.class))
                .filter(a -> a != null)
                .findFirst();
    }

    private static Stream<Method> declarationsInInterfaces(Class<?> type, Method method) {
        if (type == null) {
            return Stream.empty();
        }
        Stream<Method> own = Stream.of(type.getInterfaces()).flatMap(i -> {
            try {
                return Stream.of(i.getMethod(method.getName(), method.getParameterTypes()));
            } catch (NoSuchMethodException e) {
                return Stream.empty();
            }
        });
        return Stream.concat(own, declarationsInInterfaces(type.getSuperclass(), method));
    }
}
