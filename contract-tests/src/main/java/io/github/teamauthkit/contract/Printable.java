package io.github.teamauthkit.contract;

/** Text from a server as a console may show it: cut, and its control and format characters escaped (it is untrusted). */
public final class Printable {

    private Printable() {
    }

    /**
     * The text, cut to at most {@code most} characters, with terminal escapes, line breaks and bidi controls as
     * {@code \\uXXXX}.
     *
     * @param text the text
     * @param most the most characters kept
     * @return the printable text
     */
    public static String of(String text, int most) {
        String cut = text.length() > most ? text.substring(0, most) + "…" : text;
        StringBuilder shown = new StringBuilder();
        cut.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }
}
