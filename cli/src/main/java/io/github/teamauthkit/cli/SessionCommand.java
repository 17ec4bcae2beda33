package io.github.teamauthkit.cli;

import io.github.teamauthkit.client.model.Session;
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
        root.printer().printItem(spec.commandLine().getOut(), session, COLUMNS);
        return ExitCodes.OK;
    }

    private static final Columns<Session> COLUMNS = new Columns<Session>()
            .column("id", "USER", s -> s.getUser() == null ? null : s.getUser().getId())
            .column("email", "EMAIL", s -> s.getUser() == null ? null : s.getUser().getEmail())
            .column("team", "TEAM", s -> s.getTeam() == null ? null : s.getTeam().getId())
            .column("name", "NAME", SessionCommand::teamName)
            .column("namespace", "NAMESPACE", s -> s.getTeam() == null ? null : s.getTeam().getNamespace());

    /** The key's team's name: the session's team carries none, the user's membership of it does. */
    private static String teamName(Session session) {
        if (session.getUser() == null || session.getUser().getTeamMemberships() == null || session.getTeam() == null) {
            return null;
        }
        return session.getUser().getTeamMemberships().stream()
                .filter(m -> m.getTeam() != null && session.getTeam().getId().equals(m.getTeam().getId()))
                .map(m -> m.getTeam().getName()).findFirst().orElse(null);
    }
}
