package io.github.teamauthkit.cli;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The columns of a model generated from the spec: one per property the spec gives it, a nested model's properties
 * flattened into its parent's, so that a field added to the spec is a column ({@code -F name}) with no edit here.
 * Which columns show by default, and the headers that read better than the field's name, are the CLI's choice.
 */
final class ModelColumns {

    private static final ObjectMapper INTROSPECTION = new ObjectMapper();
    private static final String MODELS = "io.github.teamauthkit.client.model";

    private ModelColumns() {
    }

    /**
     * The columns of a model.
     *
     * @param model    the generated model class
     * @param defaults the fields shown by default, in order
     * @param headers  headers for fields whose name would read badly as one (others are derived from the name)
     */
    static <T> Columns<T> of(Class<T> model, List<String> defaults, Map<String, String> headers) {
        Map<String, Function<Object, Object>> fields = new LinkedHashMap<>();
        collect(model, Function.identity(), fields);
        for (String field : defaults) {
            if (!fields.containsKey(field)) {
                throw new IllegalStateException(model.getSimpleName() + " has no field " + field + " to show by default");
            }
        }
        Columns<T> columns = new Columns<>();
        List<String> order = new ArrayList<>(defaults);
        fields.keySet().stream().filter(field -> !defaults.contains(field)).forEach(order::add);
        for (String field : order) {
            Function<Object, Object> value = fields.get(field);
            String header = headers.getOrDefault(field, header(field));
            if (defaults.contains(field)) {
                columns.column(field, header, value::apply);
            } else {
                columns.extra(field, header, value::apply);
            }
        }
        return columns;
    }

    /** Adds the properties of a model reached by {@code path}; a nested model's own, not the model itself. */
    private static void collect(Class<?> model, Function<Object, Object> path, Map<String, Function<Object, Object>> fields) {
        BeanDescription description = INTROSPECTION.getSerializationConfig().introspect(INTROSPECTION.constructType(model));
        for (BeanPropertyDefinition property : description.findProperties()) {
            AnnotatedMember getter = property.getAccessor();
            if (getter == null) {
                continue;
            }
            Function<Object, Object> value = item -> {
                Object owner = path.apply(item);
                return owner == null ? null : getter.getValue(owner);
            };
            Class<?> type = getter.getRawType();
            if (type.getPackageName().equals(MODELS) && !type.isEnum()) {
                collect(type, value, fields);
            } else {
                fields.putIfAbsent(property.getName(), value);
            }
        }
    }

    /** {@code hasDeploymentAttached} → {@code HAS DEPLOYMENT ATTACHED}. */
    private static String header(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toUpperCase(Locale.ROOT);
    }
}
