package io.github.teamauthkit.cli;

import io.github.teamauthkit.client.TeamAuthClient;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code --team}, defaulting to the key's own team. */
final class TeamScope {

    @Option(names = "--team", scope = ScopeType.INHERIT, paramLabel = "TEAM_ID",
            description = "The team (default: the API key's team).")
    String team;

    String resolve(TeamAuthClient client) {
        if (team != null) {
            return team;
        }
        return client.session().map(session -> session.getTeam().getId())
                .orElseThrow(() -> new UserError("no session for this key, so no default team; pass --team"));
    }
}
