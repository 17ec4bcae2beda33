package io.github.teamauthkit.cli;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a secret's value comes from: {@code --value-file}, standard input, or a prompt without echo. Never an argument. */
final class SecretValue {

    @Option(names = "--value-file", paramLabel = "FILE", description = "Read the value from this file (else standard input, else a prompt).")
    Path file;

    String read(String name) throws IOException {
        String value;
        if (file != null) {
            if (Files.isDirectory(file)) {
                throw new UserError("--value-file " + Printer.text(file) + " is a directory, not a file");
            }
            try {
                value = Files.readString(file);
            } catch (NoSuchFileException e) {
                throw new UserError("no such file: " + Printer.text(file));
            } catch (MalformedInputException e) {
                throw new UserError("--value-file " + Printer.text(file) + " is not UTF-8 text; nothing was sent");
            }
            value = value.endsWith("\n") ? value.substring(0, value.length() - 1) : value;
        } else if (!Terminal.interactive()) {
            value = Terminal.readStandardInput(System.in);
        } else {
            value = Terminal.secret("Value for " + name, "pipe it on standard input or pass --value-file");
        }
        if (value.isEmpty()) {
            throw new UserError("the value for " + name + " is empty");
        }
        return value;
    }
}
