package io.github.teamauthkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** A run builds the commands it may reach; what it builds is what the whole tree holds. */
class CommandTreeTest {

    private static final List<String> EVERY_COMMAND = List.of("login", "logout", "team", "session", "members", "secrets",
            "generate-completion");
    private static final Map<String, List<String>> EVERY_SUBCOMMAND = Map.of("team", List.of("list", "use"),
            "members", List.of("list", "set-admin", "remove"), "secrets", List.of("list", "get", "create", "update", "delete"));

    @Test
    void aNamedCommandIsBuiltAlone() {
        CommandLine secretsList = CommandTree.forArguments("secrets", "list", "--team", "acme");
        assertThat(secretsList.getSubcommands()).containsOnlyKeys("secrets");
        assertThat(secretsList.getSubcommands().get("secrets").getSubcommands()).containsOnlyKeys("list");
        CommandLine membersList = CommandTree.forArguments("--json", "members", "list");
        assertThat(membersList.getSubcommands()).containsOnlyKeys("members");
        assertThat(membersList.getSubcommands().get("members").getSubcommands()).containsOnlyKeys("list");
    }

    @Test
    void theVersionNeedsNoCommand() {
        assertThat(CommandTree.forArguments("--version").getSubcommands()).isEmpty();
        assertThat(CommandTree.forArguments("-V").getSubcommands()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--help", "secretz", "generate-completion", "--version --help", "secrets list --help",
        "secrets --help list"})
    void helpMistakesAndCompletionGetEveryCommand(String arguments) {
        String[] args = arguments.isEmpty() ? new String[0] : arguments.split(" ");
        CommandLine root = CommandTree.forArguments(args);
        assertThat(root.getSubcommands().keySet()).containsExactlyElementsOf(EVERY_COMMAND);
        EVERY_SUBCOMMAND.forEach((group, subcommands) -> assertThat(root.getSubcommands().get(group).getSubcommands().keySet())
                .as(group).containsExactlyElementsOf(subcommands));
    }

    @ParameterizedTest
    @ValueSource(strings = {"secrets", "secrets lst", "secrets --team acme"})
    void aGroupNamingNoSubcommandGetsEveryOne(String arguments) {
        CommandLine secrets = CommandTree.forArguments(arguments.split(" ")).getSubcommands().get("secrets");
        assertThat(secrets.getSubcommands().keySet()).containsExactlyElementsOf(EVERY_SUBCOMMAND.get("secrets"));
    }

    @Test
    void aCommandBuiltAloneIsTheCommandOfTheWholeTree() {
        CommandLine whole = CommandTree.forArguments("--help");
        for (String name : List.of("secrets", "members", "team", "login")) {
            CommandLine alone = CommandTree.forArguments(name).getSubcommands().get(name);
            assertThat(usages(alone)).as(name).isEqualTo(usages(whole.getSubcommands().get(name)));
        }
        EVERY_SUBCOMMAND.forEach((group, subcommands) -> subcommands.forEach(subcommand -> {
            CommandLine alone = CommandTree.forArguments(group, subcommand).getSubcommands().get(group).getSubcommands().get(subcommand);
            assertThat(alone.getUsageMessage()).as(group + " " + subcommand)
                    .isEqualTo(whole.getSubcommands().get(group).getSubcommands().get(subcommand).getUsageMessage());
        }));
    }

    /** The command's help and that of every command under it, which show its options, inherited ones included. */
    private static List<String> usages(CommandLine command) {
        return Stream.concat(Stream.of(command.getUsageMessage()),
                command.getSubcommands().values().stream().map(CommandLine::getUsageMessage)).toList();
    }
}
