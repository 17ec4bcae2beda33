package io.github.teamauthkit.reference.admin;

import io.github.teamauthkit.reference.store.TeamStore;
import java.sql.Connection;
import java.sql.SQLException;
import picocli.CommandLine.Option;

/** {@code --team}: a team by its id or its namespace, as the API's paths (and the CLIs, which take both) address it. */
final class TeamAddress {

    @Option(names = "--team", required = true, paramLabel = "TEAM", description = "Team id or namespace.")
    String address;

    /**
     * The id of the team addressed.
     *
     * @throws Refused when no team has this id or namespace
     */
    String id(Connection connection) throws SQLException {
        return TeamStore.idAt(connection, address)
                .orElseThrow(() -> new Refused("No team " + address + "; create it with `admin create-team`."));
    }
}
