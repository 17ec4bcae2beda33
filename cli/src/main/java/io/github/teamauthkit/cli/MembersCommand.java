package io.github.teamauthkit.cli;

import picocli.CommandLine.Command;

/** {@code paperspace members …}; {@link CommandTree} adds its subcommands. */
@Command(name = "members", mixinStandardHelpOptions = true, description = "List team members, change admin status, remove members.")
final class MembersCommand extends TeamCommandGroup {
}
