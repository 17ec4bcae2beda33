package io.github.teamauthkit.cli;

import io.github.teamauthkit.client.Page;
import io.github.teamauthkit.client.TeamAuthClient;
import io.github.teamauthkit.client.model.Secret;
import io.github.teamauthkit.client.resources.TeamSecretsResource;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code paperspace secrets list}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the team's secrets (names only; values are never returned).")
final class SecretsListCommand implements Callable<Integer> {

    @ParentCommand
    SecretsCommand secrets;

    @Mixin
    ListOptions list;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TeamAuthClient client = secrets.client();
        String team = secrets.team.resolve(client);
        Page<Secret> page = client.secrets(team).list(TeamSecretsResource.ListParams.builder().limit(list.limit(spec))
                .after(list.after).order(list.order()).build());
        return list.print(spec, secrets.root.printer(), page, SecretColumns.COLUMNS, "secrets");
    }
}
