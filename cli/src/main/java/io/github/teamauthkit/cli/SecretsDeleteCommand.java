package io.github.teamauthkit.cli;

import io.github.teamauthkit.client.TeamAuthClient;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code paperspace secrets delete NAME}: asks first unless --yes. */
@Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a secret (admins only).")
final class SecretsDeleteCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", description = "The secret's name.")
    String name;

    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation.")
    boolean yes;

    @ParentCommand
    SecretsCommand secrets;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TeamAuthClient client = secrets.client();
        String team = secrets.team.resolve(client);
        client.secrets(team).get(name); // a missing secret is reported (404) before anyone is asked to confirm
        return secrets.confirmThen(spec, yes, "Delete secret " + name + " of " + team + "?", "deleted", name, team,
                () -> client.secrets(team).delete(name));
    }
}
