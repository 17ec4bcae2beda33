package io.github.teamauthkit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ~/.paperspace/credentials.toml}: one API key per team, as the official {@code pspace} CLI
 * keeps them ({@code version = 1} and a {@code keys} table of team namespace to key). Only that
 * shape is read and written: the inline table {@code keys = {a = "…"}} or a {@code [keys]} section.
 */
final class CredentialsFile {

    private static final Pattern ENTRY = Pattern.compile("\\s*\"?([A-Za-z0-9_.-]+)\"?\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*");

    private final Path file;

    CredentialsFile(Path home) {
        this.file = home.resolve(".paperspace").resolve("credentials.toml");
    }

    /** Team namespace to key, sorted; empty without a file. */
    Map<String, String> keys() throws IOException {
        Map<String, String> keys = new TreeMap<>();
        if (!Files.exists(file)) {
            return keys;
        }
        boolean inKeys = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String text = line.strip();
            if (text.startsWith("[")) {
                inKeys = text.equals("[keys]");
            } else if (text.startsWith("keys") && text.contains("{")) {
                for (String entry : text.substring(text.indexOf('{') + 1, text.lastIndexOf('}')).split(",")) {
                    put(keys, entry);
                }
            } else if (inKeys) {
                put(keys, text);
            }
        }
        return keys;
    }

    /** Stores a team's key, keeping the others. */
    void put(String team, String key) throws IOException {
        Map<String, String> keys = keys();
        keys.put(team, key);
        StringBuilder toml = new StringBuilder("version = 1\n\n[keys]\n");
        keys.forEach((name, value) -> toml.append(quoteName(name)).append(" = \"").append(value.replace("\\", "\\\\")
                .replace("\"", "\\\"")).append("\"\n"));
        ConfigFile.writePrivately(file, toml.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void put(Map<String, String> keys, String entry) {
        Matcher matcher = ENTRY.matcher(entry);
        if (matcher.matches()) {
            keys.put(matcher.group(1), matcher.group(2).replace("\\\"", "\"").replace("\\\\", "\\"));
        }
    }

    private static String quoteName(String name) {
        return name.matches("[A-Za-z0-9_-]+") ? name : "\"" + name + "\"";
    }
}
