package io.github.teamauthkit.cli;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Builds the command model a run needs. picocli reads every command class it is given at start (annotations,
 * fields, inherited options), which was 60 ms of {@code paperspace --version}; a run that names a top-level
 * command gets that command's subtree alone, {@code --version} the root alone, and anything else (help, a
 * mistyped command, completion) the whole tree, so help and suggestions still list every command.
 */
final class CommandTree {

    /** The top-level commands, in the order the root's help lists them. */
    static final List<Class<?>> TOP_LEVEL = List.of(LoginCommand.class, LogoutCommand.class, TeamCommand.class,
            SessionCommand.class, MembersCommand.class, SecretsCommand.class, AutoComplete.GenerateCompletion.class);

    private CommandTree() {
    }

    /** The model for these arguments: the root and every command they may reach. */
    static CommandLine forArguments(String... args) {
        // Wide enough that no URL in the help is broken across lines.
        CommandLine root = new CommandLine(new PaperspaceCommand()).setUsageHelpWidth(120)
                .setExecutionExceptionHandler(new ErrorReporter())
                .setParameterExceptionHandler(ErrorReporter::usage);
        for (Class<?> command : needed(args)) {
            root.addSubcommand(command);
        }
        removeIgnoredOptions(root);
        return root;
    }

    private static List<Class<?>> needed(String... args) {
        if (args.length > 0 && Arrays.stream(args).allMatch(arg -> arg.equals("--version") || arg.equals("-V"))) {
            return List.of();
        }
        List<Class<?>> named = TOP_LEVEL.stream().filter(command -> namedIn(args, command)).toList();
        // The completion script describes every command.
        return named.isEmpty() || named.contains(AutoComplete.GenerateCompletion.class) ? TOP_LEVEL : named;
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
