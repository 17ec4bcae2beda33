package io.github.teamauthkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** A run builds the commands it may reach; what it builds is what the whole tree holds. */
class CommandTreeTest {

    private static final List<String> EVERY_COMMAND = List.of("login", "logout", "team", "session", "members", "secrets",
            "generate-completion");

    @Test
    void aNamedCommandIsBuiltAlone() {
        assertThat(CommandTree.forArguments("secrets", "list", "--team", "acme").getSubcommands()).containsOnlyKeys("secrets");
        assertThat(CommandTree.forArguments("--json", "members", "list").getSubcommands()).containsOnlyKeys("members");
    }

    @Test
    void theVersionNeedsNoCommand() {
        assertThat(CommandTree.forArguments("--version").getSubcommands()).isEmpty();
        assertThat(CommandTree.forArguments("-V").getSubcommands()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--help", "secretz", "generate-completion", "--version --help"})
    void helpMistakesAndCompletionGetEveryCommand(String arguments) {
        String[] args = arguments.isEmpty() ? new String[0] : arguments.split(" ");
        assertThat(CommandTree.forArguments(args).getSubcommands().keySet()).containsExactlyElementsOf(EVERY_COMMAND);
    }

    @Test
    void aCommandBuiltAloneIsTheCommandOfTheWholeTree() {
        CommandLine whole = CommandTree.forArguments("--help");
        for (String name : List.of("secrets", "members", "team", "login")) {
            CommandLine alone = CommandTree.forArguments(name).getSubcommands().get(name);
            assertThat(usages(alone)).as(name).isEqualTo(usages(whole.getSubcommands().get(name)));
        }
    }

    /** The command's help and that of every command under it, which show its options, inherited ones included. */
    private static List<String> usages(CommandLine command) {
        return Stream.concat(Stream.of(command.getUsageMessage()),
                command.getSubcommands().values().stream().map(CommandLine::getUsageMessage)).toList();
    }
}
