package io.github.teamauthkit.cli;

import picocli.CommandLine.Command;

/**
 * {@code paperspace secrets …}: values are read from standard input, a file or a prompt, never printed; {@link CommandTree}
 * adds its subcommands.
 */
@Command(name = "secrets", mixinStandardHelpOptions = true, description = "List, create, update and delete team secrets.")
final class SecretsCommand extends TeamCommandGroup {
}
