package io.github.teamauthkit.client.internal;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Removes the API key and secret values from anything the client shows: messages, codes, details at any depth,
 * logged headers. Each is also caught as written inside a JSON string (quotes and backslashes escaped, non-ASCII
 * as a backslash-u escape or not, {@code /} escaped or not): a server's message that quotes the request body
 * holds the value in that form.
 */
public final class Redactor {

    static final String MASK = "***";
    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "x-api-key");

    private final List<String> sensitive;
    /** Every form of every sensitive string, longest first; worked out on the first redaction, since most calls need none. */
    private List<String> forms;

    Redactor(List<String> sensitive) {
        this.sensitive = sensitive.stream().filter(s -> s != null && !s.isEmpty()).toList();
    }

    private List<String> forms() {
        if (forms == null) {
            forms = sensitive.stream().flatMap(Redactor::forms).distinct().sorted(Comparator.comparingInt(String::length).reversed())
                    .toList();
        }
        return forms;
    }

    /** The ways a string may appear in text: as is, and as written inside a JSON string by common encoders. */
    private static Stream<String> forms(String secret) {
        String json = new String(JsonStringEncoder.getInstance().quoteAsString(secret));
        return Stream.of(secret, json, json.replace("/", "\\/"), asciiOnly(json, "\\u%04x"), asciiOnly(json, "\\u%04X"));
    }

    private static String asciiOnly(String text, String escape) {
        StringBuilder ascii = new StringBuilder(text.length());
        text.chars().forEach(c -> ascii.append(c < 0x7f ? String.valueOf((char) c) : String.format(Locale.ROOT, escape, c)));
        return ascii.toString();
    }

    String text(String text) {
        if (text == null) {
            return null;
        }
        String clean = text;
        for (String secret : forms()) {
            clean = clean.replace(secret, MASK);
        }
        return clean;
    }

    Map<String, Object> details(Map<String, Object> details) {
        Map<String, Object> clean = new LinkedHashMap<>();
        details.forEach((key, value) -> clean.put(text(key), value(value)));
        return clean;
    }

    private Object value(Object value) {
        if (value instanceof String text) {
            return text(text);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> clean = new LinkedHashMap<>();
            map.forEach((key, nested) -> clean.put(text(String.valueOf(key)), value(nested)));
            return clean;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(this::value).toList();
        }
        return value;
    }

    static String headers(Map<String, List<String>> headers) {
        return headers.entrySet().stream()
                .map(e -> e.getKey() + "=" + (SECRET_HEADERS.contains(e.getKey().toLowerCase(Locale.ROOT)) ? MASK : e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
