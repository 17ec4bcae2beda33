package io.github.teamauthkit.server.runtime;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the annotations the generator puts on interface methods from the implementing method a
 * Jakarta REST runtime reports: Java does not inherit method annotations from interfaces.
 */
public final class SpecAnnotations {

    private SpecAnnotations() {
    }

    /**
     * The annotation on the method or on the interface method it implements.
     *
     * @param resourceClass the class the runtime dispatches to
     * @param method        the resource method
     * @param type          the annotation type
     * @param <A>           the annotation type
     * @return the annotation, or empty when neither carries it
     */
    public static <A extends Annotation> Optional<A> find(Class<?> resourceClass, Method method, Class<A> type) {
        return declarations(resourceClass, method)
                .map(m -> m.getAnnotation(type))
                .filter(a -> a != null)
                .findFirst();
    }

    /** The method, then the interface methods it implements: where Jakarta REST reads inherited annotations from. */
    static Stream<Method> declarations(Class<?> resourceClass, Method method) {
        return Stream.concat(Stream.of(method), declarationsInInterfaces(resourceClass, method));
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
