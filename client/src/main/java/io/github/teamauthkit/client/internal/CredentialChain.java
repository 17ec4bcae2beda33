package io.github.teamauthkit.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.teamauthkit.client.errors.MissingCredentialsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where the client finds its key and URL, first found wins: the explicit value, the environment,
 * then {@code ~/.paperspace/config.json}, the file paperspace-node and gradient-cli write.
 *
 * @param environment reads an environment variable
 * @param userHome    the user's home directory
 */
public record CredentialChain(UnaryOperator<String> environment, Path userHome) {

    /** The environment variable holding the key. */
    public static final String KEY_VARIABLE = "PAPERSPACE_API_KEY";
    /** The environment variable holding the base URL. */
    public static final String URL_VARIABLE = "PAPERSPACE_API_URL";
    /** The default base URL. */
    public static final String DEFAULT_URL = "https://api.paperspace.com/v1";

    /** The chain of this process: its environment and {@code user.home}. */
    public static CredentialChain system() {
        return new CredentialChain(System::getenv, Path.of(System.getProperty("user.home")));
    }

    /** The config file the chain reads. */
    public Path configFile() {
        return userHome.resolve(".paperspace").resolve("config.json");
    }

    /**
     * The API key.
     *
     * @param explicit the key given to the builder, or null
     * @return the key
     * @throws MissingCredentialsException naming the three places looked in
     */
    public String apiKey(String explicit) {
        return present(explicit)
                .or(() -> present(environment.apply(KEY_VARIABLE)))
                .or(this::fromConfigFile)
                .orElseThrow(() -> new MissingCredentialsException("No API key found. Looked in: the builder's apiKey(…), "
                        + "the environment variable " + KEY_VARIABLE + ", and the field \"apiKey\" of " + configFile()
                        + " (written by `paperspace login`)."));
    }

    /**
     * The base URL.
     *
     * @param explicit the URL given to the builder, or null
     * @return the URL
     */
    public String baseUrl(String explicit) {
        return present(explicit).or(() -> present(environment.apply(URL_VARIABLE))).orElse(DEFAULT_URL);
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

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
