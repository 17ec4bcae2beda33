package io.github.teamauthkit.client.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Removes the API key and secret values from anything the client shows: messages, details, logged headers. */
public final class Redactor {

    static final String MASK = "***";
    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "x-api-key");

    private final List<String> sensitive;

    Redactor(List<String> sensitive) {
        this.sensitive = sensitive.stream().filter(s -> s != null && !s.isEmpty()).toList();
    }

    String text(String text) {
        if (text == null) {
            return null;
        }
        String clean = text;
        for (String secret : sensitive) {
            clean = clean.replace(secret, MASK);
        }
        return clean;
    }

    Map<String, Object> details(Map<String, Object> details) {
        Map<String, Object> clean = new LinkedHashMap<>();
        details.forEach((key, value) -> clean.put(key, value instanceof String s ? text(s) : value));
        return clean;
    }

    static String headers(Map<String, List<String>> headers) {
        return headers.entrySet().stream()
                .map(e -> e.getKey() + "=" + (SECRET_HEADERS.contains(e.getKey().toLowerCase(Locale.ROOT)) ? MASK : e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
