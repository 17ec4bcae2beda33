package io.github.teamauthkit.reference.security;

import io.github.teamauthkit.reference.store.PathIds;
import java.util.Optional;

/**
 * The one spelling of a path this API accepts. Routers and filters disagree on what {@code ;x},
 * {@code %2F}, {@code ..} or {@code //} mean (RESTEasy matches {@code /teams;x/t1} as
 * {@code /teams/t1}), so a path that could be read two ways is refused before anything reads it.
 */
final class RequestTarget {

    /** As long as any id (PathIds) or secret name can be, fully percent-encoded. */
    static final int MAX_SEGMENT_LENGTH = PathIds.MAX_ENCODED_LENGTH;

    private RequestTarget() {
    }

    /**
     * What makes a raw (still percent-encoded) path ambiguous, or empty when it has one meaning:
     * each segment is non-empty, not a dot segment, and made of unreserved characters and
     * percent-escapes of anything but {@code / \ ; .}, {@code %} itself, and control characters.
     *
     * @param rawPath the path as sent, without the query
     * @return the problem, for the error message
     */
    static Optional<String> problem(String rawPath) {
        if (!rawPath.startsWith("/")) {
            return Optional.of("the path must start with '/'");
        }
        for (String segment : rawPath.substring(1).split("/", -1)) {
            Optional<String> problem = segmentProblem(segment);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> segmentProblem(String segment) {
        if (segment.isEmpty()) {
            return Optional.of("empty path segments ('//' or a trailing '/') are not allowed");
        }
        if (segment.equals(".") || segment.equals("..")) {
            return Optional.of("dot segments are not allowed");
        }
        if (segment.length() > MAX_SEGMENT_LENGTH) {
            return Optional.of("a path segment is longer than " + MAX_SEGMENT_LENGTH + " characters");
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%') {
                int decoded = i + 2 < segment.length() ? hexByte(segment.charAt(i + 1), segment.charAt(i + 2)) : -1;
                if (decoded < 0) {
                    return Optional.of("a '%' must start a percent-escape of two hex digits");
                }
                if (decoded < 0x20 || decoded == 0x7F || "/\\;.%".indexOf(decoded) >= 0) {
                    return Optional.of("encoded '/', '\\', ';', '.', '%' and control characters are not allowed");
                }
                i += 2;
            } else if (c == ';') {
                return Optional.of("matrix parameters (';') are not allowed");
            } else if (!unreserved(c)) {
                return Optional.of("only letters, digits, '-', '.', '_', '~' and percent-escapes are allowed in a path");
            }
        }
        return Optional.empty();
    }

    private static boolean unreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_'
                || c == '~';
    }

    private static int hexByte(char high, char low) {
        int h = Character.digit(high, 16);
        int l = Character.digit(low, 16);
        return h < 0 || l < 0 ? -1 : h * 16 + l;
    }
}
