package io.github.teamauthkit.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.teamauthkit.client.internal.CredentialChain;
import io.github.teamauthkit.client.internal.Operations;
import io.github.teamauthkit.client.internal.RetryPolicy;
import io.github.teamauthkit.client.internal.Transport;
import io.github.teamauthkit.client.invoker.ApiClient;
import io.github.teamauthkit.client.model.Session;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * The Team &amp; Auth API client. Thread-safe and immutable; build one and share it.
 *
 * <pre>{@code
 * TeamAuthClient client = TeamAuthClient.fromEnv();            // PAPERSPACE_API_KEY or ~/.paperspace/config.json
 * client.secrets("team-acme").create("HF_TOKEN", token);
 * client.session().ifPresent(s -> System.out.println(s.getTeam().getName()));
 * }</pre>
 *
 * <p>Errors are unchecked {@link io.github.teamauthkit.client.errors.TeamAuthException}s typed by
 * status. Safe requests are retried on 429, 502, 503, 504 and connection failures.
 */
public final class TeamAuthClient {

    /** This library's version, as sent in the User-Agent. */
    public static final String VERSION = clientProperty("version");

    private final Operations operations;
    private final URI baseUrl;

    private TeamAuthClient(Operations operations, URI baseUrl) {
        this.operations = operations;
        this.baseUrl = baseUrl;
    }

    /**
     * A client configured from the environment: {@code PAPERSPACE_API_KEY} (or the key cached in
     * {@code ~/.paperspace/config.json}) and {@code PAPERSPACE_API_URL} (or the public API).
     *
     * @return the client
     */
    public static TeamAuthClient fromEnv() {
        return builder().build();
    }

    /**
     * A builder; anything not set comes from the environment, then from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Who the key belongs to.
     *
     * @return the session; empty when the API answers {@code null}
     */
    public Optional<Session> session() {
        return Optional.ofNullable(operations.run(operations.getSession(), RequestOptions.none()).data());
    }

    /**
     * A team's members.
     *
     * @param teamId the team
     * @return the resource
     */
    public MembersResource members(String teamId) {
        return new MembersResource(operations, teamId, RequestOptions.none());
    }

    /**
     * A team's secrets.
     *
     * @param teamId the team
     * @return the resource
     */
    public SecretsResource secrets(String teamId) {
        return new SecretsResource(operations, teamId, RequestOptions.none());
    }

    /**
     * The same client, answering {@link java.util.concurrent.CompletableFuture}s.
     *
     * @return the asynchronous view
     */
    public AsyncTeamAuthClient async() {
        return new AsyncTeamAuthClient(operations);
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
        private CredentialChain credentials = CredentialChain.system();

        private Builder() {
        }

        /**
         * The API key; otherwise {@code PAPERSPACE_API_KEY}, then {@code ~/.paperspace/config.json}.
         *
         * @param apiKey the key
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /**
         * The base URL; otherwise {@code PAPERSPACE_API_URL}, then {@code https://api.paperspace.com/v1}.
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

        /** Where unset values come from; tests give their own environment and home directory. */
        Builder credentials(UnaryOperator<String> environment, Path userHome) {
            this.credentials = new CredentialChain(environment, userHome);
            return this;
        }

        /**
         * Builds the client.
         *
         * @return the client
         * @throws io.github.teamauthkit.client.errors.MissingCredentialsException when no key is found
         * @throws IllegalArgumentException when the base URL is not usable, or is plain HTTP to another host
         */
        public TeamAuthClient build() {
            String key = credentials.apiKey(apiKey);
            URI url = URI.create(credentials.baseUrl(baseUrl).replaceAll("/+$", ""));
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http")) {
                throw new IllegalArgumentException("The base URL must be http(s)://…, not " + url);
            }
            if (scheme.equals("http") && !allowInsecureHttp && !loopback(url.getHost())) {
                throw new IllegalArgumentException("Refusing to send the API key over plain HTTP to " + url.getHost()
                        + "; use https, or allowInsecureHttp(true) if you mean it");
            }
            ObjectMapper mapper = ApiClient.createDefaultObjectMapper();
            HttpClient http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
            String userAgent = clientProperty("artifactId") + "/" + VERSION + " Java/" + System.getProperty("java.version");
            Transport transport = new Transport(http, url, key, userAgent, new RetryPolicy(maxRetries, retryBaseDelay, maxRetryDelay),
                    requestTimeout, logRequests, mapper);
            return new TeamAuthClient(new Operations(transport, mapper), url);
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
