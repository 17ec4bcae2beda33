package io.github.teamauthkit.client;

import io.github.teamauthkit.client.internal.CredentialChain;
import java.util.Optional;

/**
 * Where a {@link TeamAuthClient} finds what its builder was not given: the API key and the base URL.
 * {@link #fromEnv()} is the chain every Paperspace tool follows; implement it to read them elsewhere.
 */
public interface CredentialProvider {

    /**
     * The API key, if this provider has one.
     *
     * @return the key
     */
    Optional<String> apiKey();

    /**
     * The API's base URL, if this provider has one.
     *
     * @return the URL
     */
    default Optional<String> baseUrl() {
        return Optional.empty();
    }

    /**
     * Where this provider looks, for the message when no key is found.
     *
     * @return e.g. "the environment variable PAPERSPACE_API_KEY"
     */
    default String describe() {
        return getClass().getName();
    }

    /**
     * This process's environment: {@code PAPERSPACE_API_KEY}, then the field {@code apiKey} of
     * {@code $HOME/.paperspace/config.json} (the file {@code paperspace login}, paperspace-node and
     * gradient write); {@code PAPERSPACE_API_URL}.
     *
     * @return the provider
     */
    static CredentialProvider fromEnv() {
        return fromEnvironment(System::getenv);
    }

    /**
     * The same chain over another environment, e.g. a test's; {@code HOME} in it locates the config
     * file, else Java's {@code user.home}.
     *
     * @param environment reads an environment variable; null when unset
     * @return the provider
     */
    static CredentialProvider fromEnvironment(java.util.function.UnaryOperator<String> environment) {
        return new CredentialChain(environment);
    }
}
