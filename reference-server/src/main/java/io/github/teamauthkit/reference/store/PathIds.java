package io.github.teamauthkit.reference.store;

/**
 * What an id that goes in a path may be (team ids, namespaces, user ids), decided once and checked where
 * ids come in (seeds, {@code admin}): so every id stored can be addressed. The path rules refuse a
 * segment with an encoded {@code / \ ; %} or a control character, and the dot segments, so an id
 * holding one could never be named in a path.
 */
public final class PathIds {

    /** Characters (UTF-16 units, as the database counts them) of an id at most: the columns' size. */
    public static final int MAX_LENGTH = 128;
    /** An id's longest path segment: each of its characters percent-encoded as up to 3 UTF-8 bytes. */
    public static final int MAX_ENCODED_LENGTH = MAX_LENGTH * 9;

    private PathIds() {
    }

    /**
     * Refuses an id no path could address.
     *
     * @param what  what the id is, for the message (e.g. {@code team id})
     * @param value the id
     * @throws IllegalArgumentException naming the problem (never quoting a control character)
     */
    public static void require(String what, String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(what + " must be 1 to " + MAX_LENGTH + " characters long");
        }
        if (value.equals(".") || value.equals("..")) {
            throw new IllegalArgumentException(what + " may not be '.' or '..'");
        }
        if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7F || "/\\;%".indexOf(c) >= 0)) {
            throw new IllegalArgumentException(what + " " + value.replaceAll("\\p{Cntrl}", "?")
                    + " holds a character no path can carry ('/', '\\', ';', '%' or a control character)");
        }
    }
}
