package io.github.teamauthkit.spec.check;

/**
 * One problem found in a spec file, located by a JSON pointer into the document.
 *
 * @param file    the spec file, as the user named it
 * @param pointer JSON pointer (RFC 6901) to the offending node; empty for the whole document
 * @param message what is wrong, in a sentence
 */
public record Finding(String file, String pointer, String message) {

    @Override
    public String toString() {
        return file + ": " + (pointer.isEmpty() ? "(document)" : pointer) + ": " + message;
    }
}
