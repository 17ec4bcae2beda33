package io.github.teamauthkit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.teamauthkit.client.model.Session;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code paperspace login}: checks a key with {@code GET /auth/session} and caches it in
 * {@code ~/.paperspace/config.json}; a rejected key writes nothing.
 */
@Command(name = "login", mixinStandardHelpOptions = true,
        description = "Check an API key, make it the current one (~/.paperspace/config.json) and keep it for its team "
                + "(~/.paperspace/credentials.toml); asked for without echo.")
final class LoginCommand implements Callable<Integer> {

    @Option(names = "--api-key-stdin", description = "Read the key from standard input.")
    boolean fromStandardInput;

    @ParentCommand
    PaperspaceCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String key = key();
        Session session = root.client(key).session().orElseThrow(() ->
                new UserError("the API answered no session for this key, so it was not saved"));
        ConfigFile config = root.config();
        ObjectNode fields = config.read();
        fields.put(ConfigFile.API_KEY, key);
        if (!fields.hasNonNull(ConfigFile.NAME)) {
            // paperspace-node keeps the key's token name here: only an empty slot gets the team's namespace.
            fields.put(ConfigFile.NAME, session.getTeam() == null ? null : session.getTeam().getNamespace());
        }
        fields.put(ConfigFile.TEAM, session.getTeam() == null ? null : session.getTeam().getId());
        config.write(fields);
        if (session.getTeam() != null && session.getTeam().getNamespace() != null) {
            // Every team logged in to keeps its key, as the official CLI does: `team use` switches back.
            new CredentialsFile(root.home()).put(session.getTeam().getNamespace(), key);
        }
        String team = session.getTeam() == null ? "-" : session.getTeam().getId();
        String user = session.getUser() == null ? "-" : session.getUser().getEmail();
        root.printer().print(spec.commandLine().getOut(), session, List.of("LOGGED IN", "TEAM", "USER", "SAVED TO"),
                List.of(List.of("yes", team, Printer.text(user), config.path().toString())));
        return ExitCodes.OK;
    }

    private String key() throws Exception {
        String key;
        if (root.apiKey != null) {
            spec.commandLine().getErr().println("warning: --api-key puts the key in your shell history; "
                    + "prefer --api-key-stdin or the prompt");
            key = root.apiKey;
        } else if (fromStandardInput) {
            key = Terminal.readStandardInput(System.in);
        } else {
            key = Terminal.secret("API key");
        }
        if (key.isBlank()) {
            throw new UserError("the API key is empty");
        }
        return key.strip();
    }
}
