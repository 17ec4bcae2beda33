package io.github.teamauthkit.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

/** The connection settings a command runs with, read from flags, then the environment, then defaults. */
final class Settings {

    static final String DEFAULT_URL = "https://api.paperspace.com/v1";
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final String CACHED_KEY = "the cached key";
    private static final int DEFAULT_TIMEOUT_SECONDS = 10;

    private Settings() {
    }

    /**
     * The API URL: the flag, else {@code PAPERSPACE_API_URL}, else Paperspace's.
     *
     * @throws UserError (a usage error) for anything that is not an absolute http(s) URL with a host
     */
    static String apiUrl(String flag) {
        String url = flag != null ? flag : System.getenv().getOrDefault("PAPERSPACE_API_URL", DEFAULT_URL);
        String from = flag != null ? "--api-url" : "PAPERSPACE_API_URL";
        try {
            URI uri = new URI(url);
            if (uri.getRawUserInfo() != null) {
                throw new UserError(from + " must not hold a user name or password (the part before @): the API takes its key from "
                        + "--api-key, PAPERSPACE_API_KEY or `paperspace login`");
            }
            if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // Reported below, the same way as a URL without a scheme.
        }
        // Shown without whatever precedes an @, which may be a password.
        String shown = url.replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://)?[^/?#@]*@", "$1…@");
        throw new UserError(from + " must be an http:// or https:// URL such as " + DEFAULT_URL + ", not " + Printer.text(shown));
    }

    /** The per-request timeout: the flag, else {@code PAPERSPACE_TIMEOUT} (seconds), else 10 s. */
    static Duration timeout(Integer flag) {
        String text = flag != null ? String.valueOf(flag) : System.getenv("PAPERSPACE_TIMEOUT");
        if (text == null) {
            return Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
        }
        try {
            int seconds = Integer.parseInt(text.strip());
            if (seconds > 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new UserError((flag != null ? "--timeout" : "PAPERSPACE_TIMEOUT") + " must be a whole number of seconds above 0, not "
                + Printer.text(text));
    }

    static boolean insecureFromEnvironment() {
        String value = System.getenv("PAPERSPACE_INSECURE");
        return "1".equals(value) || "true".equalsIgnoreCase(value);
    }
}
