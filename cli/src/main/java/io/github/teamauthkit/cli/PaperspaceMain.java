package io.github.teamauthkit.cli;

import java.util.LinkedHashSet;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Entry point of {@code paperspace}. */
public final class PaperspaceMain {

    private PaperspaceMain() {
    }

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        int exitCode = commandLine().execute(args);
        wakeHttpSelectors();
        System.exit(exitCode);
    }

    /**
     * HotSpot's exit waits up to 300 ms for threads running native code, and the JDK HTTP client's
     * selector thread sits in {@code epoll_wait} until its client is collected: every command that
     * made a request took 0.3 s longer to end than to finish (measured on JDK 17 and 25). An
     * interrupt wakes the selector into Java code, where the exit does not wait for it; the process
     * is ending, so nothing it would still do is lost.
     */
    private static void wakeHttpSelectors() {
        Thread[] threads = new Thread[Thread.activeCount() + 8];
        int count = Thread.enumerate(threads);
        for (int i = 0; i < count; i++) {
            if (threads[i].getName().endsWith("-SelectorManager")) {
                threads[i].interrupt();
            }
        }
    }

    static CommandLine commandLine() {
        // Wide enough that no URL in the help is broken across lines.
        CommandLine commandLine = new CommandLine(new PaperspaceCommand()).setUsageHelpWidth(120)
                .setExecutionExceptionHandler(new ErrorReporter())
                .setParameterExceptionHandler(ErrorReporter::usage);
        removeIgnoredOptions(commandLine);
        return commandLine;
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
        new LinkedHashSet<>(command.getSubcommands().values()).forEach(PaperspaceMain::removeIgnoredOptions);
    }
}
