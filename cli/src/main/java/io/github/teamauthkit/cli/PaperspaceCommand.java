package io.github.teamauthkit.cli;

import io.github.teamauthkit.client.TeamAuthClient;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code paperspace}: the root command and the options every command shares; {@link CommandTree} adds its subcommands. */
@Command(name = "paperspace", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Paperspace teams, members and secrets from the command line.")
final class PaperspaceCommand {

    @Option(names = "--api-key", scope = ScopeType.INHERIT, paramLabel = "KEY",
            description = "API key (else PAPERSPACE_API_KEY, else the current team's key from `paperspace login` or `pspace login`). "
                    + "Lands in shell history.")
    String apiKey;

    @Option(names = "--api-url", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "API base URL (else PAPERSPACE_API_URL, else https://api.paperspace.com/v1).")
    String apiUrl;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Print JSON only on standard output.")
    boolean json;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean debug;

    @Option(names = "--timeout", scope = ScopeType.INHERIT, paramLabel = "SECONDS",
            description = "Give up on a request after this long (else PAPERSPACE_TIMEOUT, else 10); one retry at most.")
    Integer timeoutSeconds;

    @Option(names = "--insecure", scope = ScopeType.INHERIT,
            description = "Allow plain http:// to another machine, sending the key unencrypted (or PAPERSPACE_INSECURE=1).")
    boolean insecure;

    @Spec
    CommandSpec spec;

    /** Where the key of the last client came from, for the hint after a 401. */
    String keySource = "the API key";

    /** The API URL the client used, for the hint after a 404. */
    String url;

    /** The team {@code --team} asked for, for the hint after a 403. */
    String teamAsked;

    /** The user's home: {@code $HOME}, as paperspace-node reads it, else Java's {@code user.home}. */
    Path home() {
        String home = System.getenv("HOME");
        return Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"));
    }

    LoginFiles logins() {
        return new LoginFiles(home());
    }

    /** A client with the key from --api-key, the environment or the config file, in that order. */
    TeamAuthClient client() {
        return client(apiKey);
    }

    /** Whether a key was given for this run, by --api-key or PAPERSPACE_API_KEY, rather than read from the stored logins. */
    boolean keyGiven() {
        return apiKey != null || System.getenv("PAPERSPACE_API_KEY") != null;
    }

    /** A client with this key, or when null the environment's; the URL from --api-url or the environment. */
    TeamAuthClient client(String key) {
        return client(key, key != null ? (key.equals(apiKey) ? "the key from --api-key" : "the key given to login")
                : System.getenv("PAPERSPACE_API_KEY") != null ? "the key from PAPERSPACE_API_KEY" : Settings.CACHED_KEY);
    }

    /**
     * A client with this key, or when null the environment's; the URL from --api-url or the environment.
     *
     * @param source where the key came from, for the hint after a 401
     */
    TeamAuthClient client(String key, String source) {
        url = Settings.apiUrl(apiUrl);
        keySource = source;
        if (Settings.CACHED_KEY.equals(keySource)) {
            warnOfKeysOthersCanRead();
        }
        try {
            return TeamAuthClient.builder().fromEnv().apiKey(key).baseUrl(url)
                    .connectTimeout(Settings.CONNECT_TIMEOUT).requestTimeout(Settings.timeout(timeoutSeconds)).maxRetries(1)
                    .allowInsecureHttp(insecure || Settings.insecureFromEnvironment()).build();
        } catch (IllegalArgumentException e) {
            throw new UserError("refusing to send the API key over plain http:// to " + Printer.text(URI.create(url).getHost())
                    + ": use https://, or pass --insecure (PAPERSPACE_INSECURE=1) if you mean it");
        }
    }

    /** pspace writes its files 0644: a key there is readable by every user of the machine, which is worth a line. */
    private void warnOfKeysOthersCanRead() {
        try {
            for (Path file : logins().readableByOthers()) {
                spec.commandLine().getErr().println("paperspace: warning: " + file + " can be read by other users of this machine;"
                        + " `chmod 600 " + file + "` makes it yours alone");
            }
        } catch (IOException unreadable) {
            // The client's own read of the file says what is wrong with it.
        }
    }

    Printer printer() {
        return new Printer(json);
    }
}
