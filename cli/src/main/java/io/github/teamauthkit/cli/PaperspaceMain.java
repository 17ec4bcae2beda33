package io.github.teamauthkit.cli;

import picocli.CommandLine;

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
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new PaperspaceCommand())
                .setExecutionExceptionHandler(new ErrorReporter())
                .setParameterExceptionHandler(ErrorReporter::usage);
    }
}
