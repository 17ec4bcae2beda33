package io.github.teamauthkit.client;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The logins Paperspace's command-line tools keep in {@code ~/.paperspace}, as they keep them:
 * Paperspace's CLI ({@code pspace}) a key per team namespace in {@code credentials.toml}
 * ({@code [keys]}) and the current team in {@code config.toml} ({@code team}); the older tools
 * (paperspace-node, gradient) one key in {@code config.json} ({@code apiKey}). {@code paperspace
 * login} writes all three, so a login with either CLI serves both. Read here, never written.
 *
 * <p>A file that is not valid TOML or JSON is reported by name and line only: its text holds keys.
 */
public final class SavedLogins {

    private static final TomlMapper TOML = new TomlMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;

    private SavedLogins(Path directory) {
        this.directory = directory;
    }

    /**
     * The logins kept under a home directory.
     *
     * @param home the user's home directory
     * @return its {@code .paperspace} logins
     */
    public static SavedLogins in(Path home) {
        return new SavedLogins(home.resolve(".paperspace"));
    }

    /**
     * {@code credentials.toml}: Paperspace's CLI's key per team namespace.
     *
     * @return the file's path
     */
    public Path credentialsFile() {
        return directory.resolve("credentials.toml");
    }

    /**
     * {@code config.toml}: Paperspace's CLI's current team, projects and locale.
     *
     * @return the file's path
     */
    public Path configFile() {
        return directory.resolve("config.toml");
    }

    /**
     * {@code config.json}: the older tools' key.
     *
     * @return the file's path
     */
    public Path legacyConfigFile() {
        return directory.resolve("config.json");
    }

    /**
     * Every stored key by team namespace, sorted by namespace.
     *
     * @return {@code credentials.toml}'s {@code [keys]}; empty without the file
     * @throws IllegalStateException when the file is not valid TOML (its path and line named)
     */
    public Map<String, String> keys() {
        Map<String, String> keys = new TreeMap<>();
        read(TOML, credentialsFile()).path("keys").fields().forEachRemaining(entry -> {
            if (entry.getValue().isTextual() && !entry.getValue().asText().isBlank()) {
                keys.put(entry.getKey(), entry.getValue().asText().strip());
            }
        });
        return keys;
    }

    /**
     * The current team's namespace.
     *
     * @return {@code config.toml}'s {@code team}, if set
     * @throws IllegalStateException when the file is not valid TOML
     */
    public Optional<String> currentTeam() {
        return text(read(TOML, configFile()).path("team"));
    }

    /**
     * The key in the older tools' file.
     *
     * @return {@code config.json}'s {@code apiKey}, if set
     * @throws IllegalStateException when the file is not valid JSON
     */
    public Optional<String> legacyKey() {
        return text(read(JSON, legacyConfigFile()).path("apiKey"));
    }

    /**
     * The key a command uses when none is given, in Paperspace's CLI's order: the current team's
     * key in {@code credentials.toml}, else the older tools' {@code config.json} key.
     *
     * @return the key, if any file holds one
     * @throws IllegalStateException when a file is not valid TOML or JSON
     */
    public Optional<String> currentKey() {
        return currentTeam().map(keys()::get).or(this::legacyKey);
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() ? Optional.of(node.asText().strip()).filter(text -> !text.isEmpty()) : Optional.empty();
    }

    private static JsonNode read(ObjectMapper mapper, Path file) {
        if (!Files.isRegularFile(file)) {
            return MissingNode.getInstance();
        }
        try {
            JsonNode tree = mapper.readTree(file.toFile());
            return tree == null ? MissingNode.getInstance() : tree;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IllegalStateException(file + " is not valid " + (mapper == TOML ? "TOML" : "JSON")
                    + (at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ")") + "; fix or remove it");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public String toString() {
        return "SavedLogins[" + directory + "]";
    }
}
