package io.github.teamauthkit.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The table columns of one kind of item, each named by its API field so that {@code -F/--fields}
 * can pick them; some are shown by default, the others only when picked.
 *
 * @param <T> the item type
 */
final class Columns<T> {

    private record Column<T>(String header, boolean shownByDefault, Function<T, Object> value) {
    }

    private final Map<String, Column<T>> byField = new LinkedHashMap<>();

    /** A column shown by default. */
    Columns<T> column(String field, String header, Function<T, Object> value) {
        byField.put(field, new Column<>(header, true, value));
        return this;
    }

    /** A column shown only when picked with {@code -F}. */
    Columns<T> extra(String field, String header, Function<T, Object> value) {
        byField.put(field, new Column<>(header, false, value));
        return this;
    }

    /**
     * The fields to show: the picked ones in their order, else the defaults.
     *
     * @throws ParameterException for a field this table does not have
     */
    List<String> pick(List<String> fields, CommandLine commandLine) {
        if (fields == null || fields.isEmpty()) {
            return defaults();
        }
        for (String field : fields) {
            if (!byField.containsKey(field)) {
                throw new ParameterException(commandLine, "Unknown field for -F: " + Printer.text(field) + " (one of: "
                        + String.join(", ", byField.keySet()) + ")");
            }
        }
        return List.copyOf(fields);
    }

    List<String> defaults() {
        return byField.entrySet().stream().filter(e -> e.getValue().shownByDefault()).map(Map.Entry::getKey).toList();
    }

    List<String> headers(List<String> fields) {
        return fields.stream().map(field -> byField.get(field).header()).toList();
    }

    List<List<String>> rows(List<T> items, List<String> fields) {
        List<List<String>> rows = new ArrayList<>();
        for (T item : items) {
            rows.add(fields.stream().map(field -> Printer.text(byField.get(field).value().apply(item))).toList());
        }
        return rows;
    }
}
