package io.github.teamauthkit.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Prompts without echo, and knows whether there is a terminal to prompt on. */
final class Terminal {

    private Terminal() {
    }

    /** Whether standard input is an interactive terminal. */
    static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        // From Java 22 a console exists even when redirected; isTerminal() then tells.
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException olderJava) {
            return true;
        }
    }

    /**
     * Asks for a value without echoing it.
     *
     * @param prompt what to ask for
     * @param instead how to give it without a terminal, for the error when there is none
     */
    static String secret(String prompt, String instead) {
        if (!interactive()) {
            throw new UserError("standard input is not a terminal, so there is no one to ask for " + prompt + "; " + instead);
        }
        char[] typed = System.console().readPassword("%s: ", prompt);
        if (typed == null) {
            throw new UserError("no " + prompt + " given");
        }
        return new String(typed);
    }

    /** Asks yes or no; refuses to ask when there is no terminal. */
    static boolean confirm(String question) {
        if (!interactive()) {
            throw new UserError("refusing to ask \"" + question + "\" without a terminal; pass --yes to confirm");
        }
        String answer = System.console().readLine("%s [y/N] ", question);
        return answer != null && (answer.equalsIgnoreCase("y") || answer.equalsIgnoreCase("yes"));
    }

    /** All of standard input, without one trailing line break. */
    static String readStandardInput(InputStream in) throws IOException {
        String text;
        try {
            // Invalid UTF-8 is refused, not replaced: a value would silently change.
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            throw new UserError("standard input is not UTF-8 text; nothing was sent");
        }
        return text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
