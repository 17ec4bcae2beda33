package io.github.teamauthkit.cli;

import io.github.teamauthkit.client.model.Session;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code paperspace session}: who the key belongs to, and which team. */
@Command(name = "session", mixinStandardHelpOptions = true, description = "Show the user and team of the API key.")
final class SessionCommand implements Callable<Integer> {

    @ParentCommand
    PaperspaceCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Session session = root.client().session().orElse(null);
        if (session == null) {
            throw new UserError("no session: the API answered null for this key");
        }
        root.printer().print(spec.commandLine().getOut(), session, List.of("USER", "EMAIL", "TEAM", "NAME", "NAMESPACE"),
                List.of(List.of(Printer.text(session.getUser() == null ? null : session.getUser().getId()),
                        Printer.text(session.getUser() == null ? null : session.getUser().getEmail()),
                        Printer.text(session.getTeam() == null ? null : session.getTeam().getId()),
                        Printer.text(session.getTeam() == null ? null : session.getTeam().getName()),
                        Printer.text(session.getTeam() == null ? null : session.getTeam().getNamespace()))));
        return ExitCodes.OK;
    }
}
