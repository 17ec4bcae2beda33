package io.github.teamauthkit.cli;

import io.github.teamauthkit.client.model.Session;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code paperspace login}: checks a key with {@code GET /auth/session} and keeps it as Paperspace's CLI
 * does, under the key's team namespace, as the current team; a rejected key writes nothing.
 */
@Command(name = "login", mixinStandardHelpOptions = true,
        description = "Check an API key and make its team the current one, kept as Paperspace's CLI (pspace) keeps it "
                + "(~/.paperspace/credentials.toml and config.toml, and config.json for older tools); asked for without echo.")
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
        String namespace = session.getTeam() == null ? null : session.getTeam().getNamespace();
        if (namespace == null || namespace.isBlank()) {
            throw new UserError("the API answered no team namespace for this key, so it was not saved");
        }
        LoginFiles logins = root.logins();
        logins.save(namespace, key);
        String user = session.getUser() == null ? "-" : session.getUser().getEmail();
        root.printer().print(spec.commandLine().getOut(), session, List.of("LOGGED IN", "TEAM", "USER", "SAVED TO"),
                List.of(List.of("yes", Printer.text(namespace), Printer.text(user), logins.credentialsFile().toString())));
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
            key = Terminal.secret("API key", "pass --api-key-stdin to read it from standard input");
        }
        if (key.isBlank()) {
            throw new UserError("the API key is empty");
        }
        return key.strip();
    }
}
