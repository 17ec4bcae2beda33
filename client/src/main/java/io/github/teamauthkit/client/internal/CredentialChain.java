package io.github.teamauthkit.client.internal;

import io.github.teamauthkit.client.CredentialProvider;
import io.github.teamauthkit.client.SavedLogins;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The environment's key and URL, first found wins: {@code PAPERSPACE_API_KEY}, then the logins
 * Paperspace's tools keep under {@code $HOME/.paperspace} ({@link SavedLogins}: the current team's
 * key in Paperspace's CLI's {@code credentials.toml}, then {@code config.json} of paperspace-node and
 * gradient; they find the directory through {@code $HOME}, so this does too); {@code PAPERSPACE_API_URL}.
 *
 * @param environment reads an environment variable
 */
public record CredentialChain(UnaryOperator<String> environment) implements CredentialProvider {

    /** The environment variable holding the key. */
    public static final String KEY_VARIABLE = "PAPERSPACE_API_KEY";
    /** The environment variable holding the base URL. */
    public static final String URL_VARIABLE = "PAPERSPACE_API_URL";

    /**
     * The logins the chain reads.
     *
     * @return those under {@code $HOME}, else under Java's {@code user.home}
     */
    public SavedLogins savedLogins() {
        String home = environment.apply("HOME");
        return SavedLogins.in(Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home")));
    }

    @Override
    public Optional<String> apiKey() {
        return present(environment.apply(KEY_VARIABLE)).or(this::fromSavedLogins);
    }

    @Override
    public Optional<String> baseUrl() {
        return present(environment.apply(URL_VARIABLE));
    }

    @Override
    public String describe() {
        SavedLogins saved = savedLogins();
        return "the environment variable " + KEY_VARIABLE + ", the current team's key in " + saved.credentialsFile()
                + " (the team named in " + saved.configFile() + "), and the field \"apiKey\" of " + saved.legacyConfigFile()
                + " (written by `paperspace login` and by Paperspace's CLI)";
    }

    private Optional<String> fromSavedLogins() {
        try {
            return savedLogins().currentKey();
        } catch (IllegalStateException | UncheckedIOException unreadable) {
            // A file we cannot read is one place without a key; the exception names the places.
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
