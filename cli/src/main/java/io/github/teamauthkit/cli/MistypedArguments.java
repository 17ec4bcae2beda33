package io.github.teamauthkit.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The line for arguments no command takes, which never repeats what was typed unless it is a near miss of a command
 * name: picocli's own message quotes every unmatched argument, and a mistyped option is often followed by its value,
 * an API key among them ({@code --api-kye ps_…}).
 */
final class MistypedArguments {

    /** Where picocli's message says the first unmatched argument was. */
    private static final Pattern INDEX = Pattern.compile("(?:at|from) index (\\d+)");

    private MistypedArguments() {
    }

    /** The mistake and a hint: the nearest option or command when picocli has one, else the command's help. */
    static String describe(UnmatchedArgumentException e) {
        CommandLine command = e.getCommandLine();
        String qualified = command.getCommandSpec().qualifiedName();
        List<String> unmatched = e.getUnmatched();
        String first = unmatched.isEmpty() ? "" : unmatched.get(0);
        List<String> suggestions = e.getSuggestions();
        String help = "see `" + qualified + " --help`";
        if (first.startsWith("-")) {
            // The name alone: whatever follows it, after '=' or as the next argument, may be its value.
            String option = Printer.text(first.split("=", 2)[0]);
            return "unknown option " + option + " (" + (suggestions.isEmpty() ? help
                    : "did you mean `" + qualified + " " + Printer.text(suggestions.get(0)) + "`?") + ")";
        }
        if (!suggestions.isEmpty()) {
            // A near miss of a command's name is not a secret; what follows it is shown only while it names commands.
            String suggested = suggestions.get(0);
            StringBuilder meant = new StringBuilder(qualified).append(' ').append(Printer.text(suggested));
            CommandLine next = command.getSubcommands().get(suggested);
            for (String word : unmatched.subList(1, unmatched.size())) {
                if (next == null || !next.getSubcommands().containsKey(word)) {
                    break;
                }
                meant.append(' ').append(word);
                next = next.getSubcommands().get(word);
            }
            return "unknown command '" + Printer.text(first) + "' (did you mean `" + meant + "`?)";
        }
        Matcher index = INDEX.matcher(e.getMessage());
        return (index.find() ? "unexpected argument at position " + (Integer.parseInt(index.group(1)) + 1) : "unexpected argument")
                + " (" + help + ")";
    }
}
