package io.github.teamauthkit.client;

import io.github.teamauthkit.client.errors.InvalidApiKeyException;
import io.github.teamauthkit.client.errors.MissingCredentialsException;
import io.github.teamauthkit.client.internal.CredentialChain;
import io.github.teamauthkit.client.internal.Json;
import io.github.teamauthkit.client.internal.PlainHttp;
import io.github.teamauthkit.client.internal.RetryPolicy;
import io.github.teamauthkit.client.internal.Transport;
import io.github.teamauthkit.client.resources.TeamAuthResources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * The Team &amp; Auth API client. Thread-safe and immutable; build one and share it.
 *
 * <pre>{@code
 * TeamAuthClient client = TeamAuthClient.fromEnv();            // PAPERSPACE_API_KEY or ~/.paperspace/config.json
 * client.secrets("team-acme").create("HF_TOKEN", token);
 * client.session().ifPresent(s -> System.out.println(s.getTeam().getName()));
 * }</pre>
 *
 * <p>Its calls, one per operation of the spec, are generated from the spec into
 * {@link TeamAuthResources}. Errors are unchecked
 * {@link io.github.teamauthkit.client.errors.TeamAuthException}s typed by status. Safe requests
 * are retried on 429, 502, 503, 504 and connection failures.
 */
public final class TeamAuthClient extends TeamAuthResources {

    /** This library's version, as sent in the User-Agent. */
    public static final String VERSION = clientProperty("version");

    /** The public API's base URL, used when none is configured. */
    public static final String DEFAULT_URL = "https://api.paperspace.com/v1";

    private static final CredentialProvider NO_PROVIDER = new CredentialProvider() {
        @Override
        public Optional<String> apiKey() {
            return Optional.empty();
        }

        @Override
        public String describe() {
            return "nowhere else (the builder was given no credential provider: see fromEnv())";
        }
    };

    private final URI baseUrl;

    private TeamAuthClient(Transport transport, URI baseUrl) {
        super(transport);
        this.baseUrl = baseUrl;
    }

    /**
     * A client configured from the environment ({@link CredentialProvider#fromEnv()}):
     * {@code PAPERSPACE_API_KEY} (or the key cached in {@code $HOME/.paperspace/config.json}) and
     * {@code PAPERSPACE_API_URL} (or the public API).
     *
     * @return the client
     * @throws MissingCredentialsException when no key is found
     */
    public static TeamAuthClient fromEnv() {
        return builder().fromEnv().build();
    }

    /**
     * A builder. It reads nothing from the environment unless told to ({@link Builder#fromEnv()},
     * {@link Builder#credentials(CredentialProvider)}).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String toString() {
        return "TeamAuthClient[" + baseUrl + "]";
    }

    /** Builds a {@link TeamAuthClient}; not thread-safe, the client it builds is. */
    public static final class Builder {

        private String apiKey;
        private String baseUrl;
        private int maxRetries = 2;
        private Duration retryBaseDelay = Duration.ofMillis(500);
        private Duration maxRetryDelay = Duration.ofSeconds(30);
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(60);
        private boolean allowInsecureHttp;
        private boolean logRequests;
        private CredentialProvider credentials = NO_PROVIDER;

        private Builder() {
        }

        /**
         * The API key; otherwise the credential provider's, if one is set.
         *
         * @param apiKey the key
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /**
         * The base URL; otherwise the credential provider's, then {@code https://api.paperspace.com/v1}.
         *
         * @param baseUrl e.g. {@code http://127.0.0.1:8080/v1}
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /**
         * Retries after a failed attempt (default 2); 0 disables retries.
         *
         * @param maxRetries the retries
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must be 0 or more");
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * The first retry's backoff bound (default 500 ms), doubling for each further retry.
         *
         * @param retryBaseDelay the delay
         * @return this builder
         */
        public Builder retryBaseDelay(Duration retryBaseDelay) {
            this.retryBaseDelay = retryBaseDelay;
            return this;
        }

        /**
         * The longest wait between attempts (default 30 s); a longer {@code Retry-After} is not waited for.
         *
         * @param maxRetryDelay the cap
         * @return this builder
         */
        public Builder maxRetryDelay(Duration maxRetryDelay) {
            this.maxRetryDelay = maxRetryDelay;
            return this;
        }

        /**
         * How long to wait for a connection (default 10 s).
         *
         * @param connectTimeout the timeout
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /**
         * How long to wait for each response (default 60 s); {@link RequestOptions} overrides it per call.
         *
         * @param requestTimeout the timeout
         * @return this builder
         */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = requestTimeout;
            return this;
        }

        /**
         * Allows sending the key over plain {@code http://} to a host that is not this machine.
         * Off by default: anyone on the path could read the key.
         *
         * @param allow whether to allow it
         * @return this builder
         */
        public Builder allowInsecureHttp(boolean allow) {
            this.allowInsecureHttp = allow;
            return this;
        }

        /**
         * Logs each request and response line through {@link System.Logger}
         * ({@code io.github.teamauthkit.client}), with {@code Authorization} and {@code x-api-key}
         * redacted and no bodies. Off by default.
         *
         * @param log whether to log
         * @return this builder
         */
        public Builder logRequests(boolean log) {
            this.logRequests = log;
            return this;
        }

        /**
         * Where the key and URL come from when not set here.
         *
         * @param provider the provider
         * @return this builder
         */
        public Builder credentials(CredentialProvider provider) {
            this.credentials = Objects.requireNonNull(provider, "provider");
            return this;
        }

        /**
         * Takes the key and URL not set here from this process's environment, as
         * {@link CredentialProvider#fromEnv()} finds them.
         *
         * @return this builder
         */
        public Builder fromEnv() {
            return credentials(CredentialProvider.fromEnv());
        }

        /**
         * Builds the client.
         *
         * @return the client
         * @throws io.github.teamauthkit.client.errors.MissingCredentialsException when no key is found
         * @throws InvalidApiKeyException when the key holds a character an HTTP header cannot carry
         * @throws IllegalArgumentException when the base URL is not usable, or is plain HTTP to another host
         */
        public TeamAuthClient build() {
            String key = CredentialChain.present(apiKey).or(credentials::apiKey)
                    .orElseThrow(() -> new MissingCredentialsException("No API key found. Looked in: the builder's apiKey(…), "
                            + credentials.describe() + "."));
            requireSendable(key);
            String configured = CredentialChain.present(baseUrl).or(credentials::baseUrl).orElse(DEFAULT_URL);
            URI url = URI.create(configured.replaceAll("/+$", ""));
            if (url.getRawUserInfo() != null) {
                // Not repeated: it may hold a password, and the URL would otherwise be in every error message.
                throw new IllegalArgumentException("The base URL must not hold a user name or password (the part before @); "
                        + "the API takes its key in the Authorization header");
            }
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http")) {
                throw new IllegalArgumentException("The base URL must be http(s)://…, not " + url);
            }
            if (scheme.equals("http") && !allowInsecureHttp && !loopback(url.getHost())) {
                throw new IllegalArgumentException("Refusing to send the API key over plain HTTP to " + url.getHost()
                        + "; use https, or allowInsecureHttp(true) if you mean it");
            }
            HttpClient.Builder httpBuilder = HttpClient.newBuilder().connectTimeout(connectTimeout);
            HttpClient http = (scheme.equals("http") ? PlainHttp.only(httpBuilder) : httpBuilder).build();
            String userAgent = clientProperty("artifactId") + "/" + VERSION + " Java/" + System.getProperty("java.version");
            Transport transport = new Transport(http, url, key, userAgent, new RetryPolicy(maxRetries, retryBaseDelay, maxRetryDelay),
                    requestTimeout, logRequests, Json.mapper());
            return new TeamAuthClient(transport, url);
        }

        /**
         * A key is a token of printable ASCII. Anything else would fail later in the HTTP client,
         * whose message quotes the whole header, key included.
         */
        private static void requireSendable(String key) {
            for (int i = 0; i < key.length(); i = key.offsetByCodePoints(i, 1)) {
                int c = key.codePointAt(i);
                if (c < 0x21 || c > 0x7E) {
                    throw new InvalidApiKeyException(String.format("The API key holds %s at character %d of %d, which an HTTP "
                            + "header cannot carry; check for characters copied along with it", describe(c),
                            key.codePointCount(0, i) + 1, key.codePointCount(0, key.length())));
                }
            }
        }

        private static String describe(int codePoint) {
            String name = Character.getName(codePoint);
            return String.format("U+%04X%s", codePoint, name == null ? "" : " (" + name + ")");
        }

        private static boolean loopback(String host) {
            if (host == null) {
                return false;
            }
            if (host.equalsIgnoreCase("localhost")) {
                return true;
            }
            // Only literal addresses: never a DNS lookup to decide whether to send a key.
            if (!host.matches("[0-9.]+") && !host.contains(":")) {
                return false;
            }
            try {
                return InetAddress.getByName(host.replaceAll("^\\[|]$", "")).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
    }

    private static String clientProperty(String name) {
        Properties properties = new Properties();
        try (InputStream in = TeamAuthClient.class.getResourceAsStream("client.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("client.properties is missing from the client jar", e));
        }
        return properties.getProperty(name);
    }
}
