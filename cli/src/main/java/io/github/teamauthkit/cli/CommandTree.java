package io.github.teamauthkit.cli;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Builds the command model a run needs. picocli reads every command class it is given at start (annotations,
 * fields, inherited options), which was 60 ms of {@code paperspace --version}; so the tree is declared here
 * rather than in the commands' annotations, and each level gets only the commands the arguments name:
 * {@code secrets list} builds the root, {@code secrets} and {@code list}; {@code --version} the root alone. A
 * level whose commands the arguments do not name, or where help is asked for, gets all of them, and so does
 * every level of a run naming no command or asking for the completion script: help, suggestions for a mistyped
 * command and the list of a group's subcommands still show every command.
 */
final class CommandTree {

    /** The top-level commands, in the order the root's help lists them. */
    static final List<Class<?>> TOP_LEVEL = List.of(LoginCommand.class, LogoutCommand.class, TeamCommand.class,
            SessionCommand.class, MembersCommand.class, SecretsCommand.class, AutoComplete.GenerateCompletion.class);

    /** Each command group's subcommands, in the order its help lists them. */
    static final Map<Class<?>, List<Class<?>>> SUBCOMMANDS = Map.of(
            TeamCommand.class, List.of(TeamListCommand.class, TeamUseCommand.class),
            MembersCommand.class, List.of(MembersListCommand.class, MembersSetAdminCommand.class, MembersRemoveCommand.class),
            SecretsCommand.class, List.of(SecretsListCommand.class, SecretsGetCommand.class, SecretsCreateCommand.class,
                    SecretsUpdateCommand.class, SecretsDeleteCommand.class));

    private static final List<String> HELP_OPTIONS = List.of("-h", "--help");

    private CommandTree() {
    }

    /** The model for these arguments: the root and every command they may reach. */
    static CommandLine forArguments(String... args) {
        // Wide enough that no URL in the help is broken across lines.
        CommandLine root = new CommandLine(new PaperspaceCommand()).setUsageHelpWidth(120)
                .setExecutionExceptionHandler(new ErrorReporter())
                .setParameterExceptionHandler(ErrorReporter::usage);
        if (!asksForTheVersionAlone(args)) {
            // The completion script describes every command.
            String[] reached = namedIn(args, AutoComplete.GenerateCompletion.class) ? new String[0] : args;
            for (Class<?> command : needed(TOP_LEVEL, reached)) {
                root.addSubcommand(build(command, reached));
            }
        }
        removeIgnoredOptions(root);
        return root;
    }

    private static boolean asksForTheVersionAlone(String... args) {
        return args.length > 0 && Arrays.stream(args).allMatch(arg -> arg.equals("--version") || arg.equals("-V"));
    }

    /** The command with the subcommands the arguments may reach, built before it joins its parent, as picocli builds declared ones. */
    private static CommandLine build(Class<?> command, String... args) {
        CommandLine line = new CommandLine(command);
        for (Class<?> subcommand : needed(SUBCOMMANDS.getOrDefault(command, List.of()), args)) {
            line.addSubcommand(build(subcommand, args));
        }
        return line;
    }

    private static List<Class<?>> needed(List<Class<?>> commands, String... args) {
        List<Class<?>> named = commands.stream().filter(command -> namedIn(args, command)).toList();
        return named.isEmpty() || Arrays.stream(args).anyMatch(HELP_OPTIONS::contains) ? commands : named;
    }

    /** Whether any argument is the command's name or alias; an option's value that happens to be one only adds a command. */
    private static boolean namedIn(String[] args, Class<?> command) {
        Command annotation = command.getAnnotation(Command.class);
        return Arrays.stream(args).anyMatch(arg -> arg.equals(annotation.name()) || Arrays.asList(annotation.aliases()).contains(arg));
    }

    /** Takes out of each command's model the inherited options its {@link IgnoresSharedOptions} names. */
    private static void removeIgnoredOptions(CommandLine command) {
        IgnoresSharedOptions ignored = command.getCommandSpec().userObject().getClass().getAnnotation(IgnoresSharedOptions.class);
        if (ignored != null) {
            for (String name : ignored.value()) {
                OptionSpec option = command.getCommandSpec().findOption(name);
                if (option == null || !option.inherited()) {
                    throw new IllegalStateException(command.getCommandName() + " ignores " + name + ", which it does not inherit");
                }
                command.getCommandSpec().remove(option);
            }
        }
        // An alias maps to the same CommandLine as its name: visit each once.
        new LinkedHashSet<>(command.getSubcommands().values()).forEach(CommandTree::removeIgnoredOptions);
    }
}
