package io.github.teamauthkit.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.teamauthkit.client.CredentialProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The environment's key and URL, first found wins: {@code PAPERSPACE_API_KEY}, then
 * {@code $HOME/.paperspace/config.json}, the file paperspace-node and gradient-cli write (they find
 * it through {@code $HOME}, so this does too); {@code PAPERSPACE_API_URL}.
 *
 * @param environment reads an environment variable
 */
public record CredentialChain(UnaryOperator<String> environment) implements CredentialProvider {

    /** The environment variable holding the key. */
    public static final String KEY_VARIABLE = "PAPERSPACE_API_KEY";
    /** The environment variable holding the base URL. */
    public static final String URL_VARIABLE = "PAPERSPACE_API_URL";

    /**
     * The config file the chain reads.
     *
     * @return {@code $HOME/.paperspace/config.json}
     */
    public Path configFile() {
        String home = environment.apply("HOME");
        Path dir = Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"));
        return dir.resolve(".paperspace").resolve("config.json");
    }

    @Override
    public Optional<String> apiKey() {
        return present(environment.apply(KEY_VARIABLE)).or(this::fromConfigFile);
    }

    @Override
    public Optional<String> baseUrl() {
        return present(environment.apply(URL_VARIABLE));
    }

    @Override
    public String describe() {
        return "the environment variable " + KEY_VARIABLE + ", and the field \"apiKey\" of " + configFile()
                + " (written by `paperspace login`)";
    }

    private Optional<String> fromConfigFile() {
        Path file = configFile();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode config = new ObjectMapper().readTree(file.toFile());
            return config == null ? Optional.empty() : present(config.path("apiKey").asText(null));
        } catch (IOException unreadable) {
            // A config file we cannot read is one place without a key; the exception names the file.
            return Optional.empty();
        }
    }

    /**
     * A value that is set: not null, not blank, without surrounding white space.
     *
     * @param value the value
     * @return the value, or empty
     */
    public static Optional<String> present(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
