package io.github.teamauthkit.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Writes results: an aligned table for people, or JSON alone for scripts ({@code --json}). */
final class Printer {

    /** One form of time for tables and JSON alike: always milliseconds, e.g. {@code 2026-11-24T10:56:34.070Z}. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .addModule(new SimpleModule().addSerializer(OffsetDateTime.class, new JsonSerializer<>() {
                @Override
                public void serialize(OffsetDateTime time, JsonGenerator out, SerializerProvider provider) throws IOException {
                    out.writeString(TIME.format(time));
                }
            }))
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final boolean json;

    Printer(boolean json) {
        this.json = json;
    }

    boolean json() {
        return json;
    }

    /** Prints data as JSON, or as a table of the given columns. */
    void print(PrintWriter out, Object data, List<String> headers, List<List<String>> rows) {
        if (json) {
            try {
                out.println(JSON.writeValueAsString(data));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return;
        }
        List<List<String>> all = new ArrayList<>();
        all.add(headers);
        all.addAll(rows);
        int[] widths = new int[headers.size()];
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(i == row.size() - 1 ? row.get(i) : String.format("%-" + widths[i] + "s  ", row.get(i)));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /** Prints one item as JSON, or as a one-row table of its default columns. */
    <T> void printItem(PrintWriter out, T item, Columns<T> columns) {
        List<String> fields = columns.defaults();
        print(out, item, columns.headers(fields), columns.rows(List.of(item), fields));
    }

    /**
     * A value for the terminal: what came from outside may hold control characters (escape sequences) or
     * bidirectional overrides (which make text read otherwise than it is, e.g. a name shown reversed); they show as '?'.
     */
    static String text(Object value) {
        if (value instanceof OffsetDateTime time) {
            return TIME.format(time);
        }
        return value == null ? "-" : value.toString().codePoints().map(c -> Character.isISOControl(c) || isBidiControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** Unicode's bidirectional formatting characters: ALM, LRM, RLM, the embeddings and overrides, the isolates. */
    private static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
