package io.github.teamauthkit.cli;

import io.github.teamauthkit.client.TeamAuthClient;
import java.nio.file.Path;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code paperspace}: the root command and the options every command shares. */
@Command(name = "paperspace", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Paperspace teams, members and secrets from the command line.",
        subcommands = {LoginCommand.class, LogoutCommand.class, SessionCommand.class, MembersCommand.class,
            SecretsCommand.class, AutoComplete.GenerateCompletion.class})
final class PaperspaceCommand {

    @Option(names = "--api-key", scope = ScopeType.INHERIT, paramLabel = "KEY",
            description = "API key (else PAPERSPACE_API_KEY, else the key `paperspace login` cached). Lands in shell history.")
    String apiKey;

    @Option(names = "--api-url", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "API base URL (else PAPERSPACE_API_URL, else https://api.paperspace.com/v1).")
    String apiUrl;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Print JSON only on standard output.")
    boolean json;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean debug;

    /** The user's home: {@code $HOME}, as paperspace-node reads it, else Java's {@code user.home}. */
    Path home() {
        String home = System.getenv("HOME");
        return Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"));
    }

    ConfigFile config() {
        return new ConfigFile(home());
    }

    /** A client with the key from --api-key, the environment or the config file, in that order. */
    TeamAuthClient client() {
        return client(apiKey);
    }

    /** A client with this key, or when null the environment's; the URL from --api-url or the environment. */
    TeamAuthClient client(String key) {
        return TeamAuthClient.builder().fromEnv().apiKey(key).baseUrl(apiUrl).build();
    }

    Printer printer() {
        return new Printer(json);
    }
}
