package io.github.teamauthkit.reference.admin;

import picocli.CommandLine.Command;

/** {@code admin …}: operator commands on a stopped server's data directory, or a shared PostgreSQL. */
@Command(name = "admin", mixinStandardHelpOptions = true,
        description = "Create teams and members, and mint, revoke and list API keys (not part of the API).",
        subcommands = {CreateTeamCommand.class, AddMemberCommand.class, CreateKeyCommand.class, RevokeKeyCommand.class,
            ListKeysCommand.class})
public final class AdminCommand {
}
