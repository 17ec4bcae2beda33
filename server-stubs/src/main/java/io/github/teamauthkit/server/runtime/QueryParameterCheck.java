package io.github.teamauthkit.server.runtime;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Refuses a typed query parameter (an integer or one of the spec's enums) whose value does not
 * convert, with a 400 naming the parameter and what it accepts, before the runtime tries to
 * convert it. Jakarta REST would answer 404, as if the resource did not exist; a
 * {@code ParamConverterProvider} could say 400 instead, but Quarkus REST consults one only for
 * {@code String} parameters. The rejected value is never echoed: it came from outside.
 */
final class QueryParameterCheck implements ContainerRequestFilter {

    private record Rule(String name, Predicate<String> accepts, String expectation) {
    }

    private final Map<String, Rule> rules;

    private QueryParameterCheck(Map<String, Rule> rules) {
        this.rules = rules;
    }

    /**
     * The check for a resource method, or empty when it has no typed query parameter.
     *
     * @param resourceClass the class the runtime dispatches to
     * @param method        the resource method
     * @return the check
     */
    static Optional<QueryParameterCheck> of(Class<?> resourceClass, Method method) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        SpecAnnotations.declarations(resourceClass, method).forEach(declaration -> {
            Class<?>[] types = declaration.getParameterTypes();
            Annotation[][] annotations = declaration.getParameterAnnotations();
            for (int i = 0; i < types.length; i++) {
                Class<?> type = types[i];
                queryParameterName(annotations[i]).flatMap(name -> rule(name, type))
                        .ifPresent(rule -> rules.putIfAbsent(rule.name(), rule));
            }
        });
        return rules.isEmpty() ? Optional.empty() : Optional.of(new QueryParameterCheck(rules));
    }

    @Override
    public void filter(ContainerRequestContext request) {
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        for (Rule rule : rules.values()) {
            // A single-valued parameter receives the first value, so the first is the one that must convert.
            String value = query.getFirst(rule.name());
            if (value != null && !rule.accepts().test(value)) {
                request.abortWith(ApiErrors.of(ErrorCode.BAD_REQUEST, rule.name() + ": " + rule.expectation()).build());
                return;
            }
        }
    }

    private static Optional<String> queryParameterName(Annotation[] annotations) {
        return Arrays.stream(annotations).filter(QueryParam.class::isInstance).map(a -> ((QueryParam) a).value()).findFirst();
    }

    private static Optional<Rule> rule(String name, Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return Optional.of(new Rule(name, QueryParameterCheck::isInteger, "must be an integer"));
        }
        if (type.isEnum()) {
            // The generated enums' toString() is the spec's value, which their fromString() accepts.
            Set<String> values = Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            return Optional.of(new Rule(name, values::contains, "must be one of " + String.join(", ", values)));
        }
        return Optional.empty();
    }

    private static boolean isInteger(String value) {
        try {
            Integer.parseInt(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
