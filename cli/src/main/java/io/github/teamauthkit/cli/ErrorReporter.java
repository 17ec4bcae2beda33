package io.github.teamauthkit.cli;

import io.github.teamauthkit.client.errors.ConflictException;
import io.github.teamauthkit.client.errors.ConnectionException;
import io.github.teamauthkit.client.errors.ForbiddenException;
import io.github.teamauthkit.client.errors.InvalidApiKeyException;
import io.github.teamauthkit.client.errors.MissingCredentialsException;
import io.github.teamauthkit.client.errors.NotFoundException;
import io.github.teamauthkit.client.errors.TeamAuthException;
import io.github.teamauthkit.client.errors.UnauthorizedException;
import io.github.teamauthkit.client.errors.UnexpectedStatusException;
import java.io.IOException;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** Turns any failure into one line on standard error and its exit code; a stack trace only with --debug. */
final class ErrorReporter implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        if (((PaperspaceCommand) command.getCommandSpec().root().userObject()).debug) {
            e.printStackTrace(command.getErr());
        }
        command.getErr().println("paperspace: " + line(e, (PaperspaceCommand) command.getCommandSpec().root().userObject()));
        return exitCode(e);
    }

    /** A usage mistake: one line naming it and where the help is, exit code 2. */
    static int usage(ParameterException e, String[] arguments) {
        CommandLine command = e.getCommandLine();
        String line = e instanceof UnmatchedArgumentException unmatched ? MistypedArguments.describe(unmatched)
                : Printer.text(e.getMessage()) + " (see `" + command.getCommandSpec().qualifiedName() + " --help`)";
        command.getErr().println("paperspace: " + line);
        return ExitCodes.USAGE;
    }

    static String line(Exception e, PaperspaceCommand root) {
        if (e instanceof MissingCredentialsException) {
            String stored = storedTeams(root);
            return stored.isEmpty() ? "no API key found; run `paperspace login`, set PAPERSPACE_API_KEY, or pass --api-key"
                    : "no API key for the current team; `paperspace team use TEAM` picks one whose key is stored (" + stored
                    + "), or run `paperspace login`, set PAPERSPACE_API_KEY, or pass --api-key";
        }
        if (e instanceof InvalidApiKeyException) {
            return Printer.text(e.getMessage());
        }
        if (e instanceof UnauthorizedException) {
            return "401 UNAUTHORIZED: " + root.keySource + " was rejected"
                    + (Settings.CACHED_KEY.equals(root.keySource) ? "; run `paperspace login`" : "");
        }
        if (e instanceof ConnectionException lost && lost.mayHaveBeenActedOn()) {
            return "the change was sent but its answer was lost (" + Printer.text(e.getMessage())
                    + "): it may have been made; look (a list or get) before trying again";
        }
        if (e instanceof ConnectionException) {
            // Its message may quote what a server sent (a malformed header's name): shown safely too.
            return "cannot reach the API (" + Printer.text(e.getMessage()) + "); check --api-url or PAPERSPACE_API_URL, --timeout, and your network";
        }
        if (e instanceof NotFoundException notFound && root.url != null && !root.url.replaceAll("/+$", "").endsWith("/v1")) {
            return "404 " + Printer.text(notFound.code()) + ": " + Printer.text(notFound.error().message()) + " (the API URL "
                    + Printer.text(root.url) + " does not end in /v1: is it the API's base URL?)";
        }
        if (e instanceof UnexpectedStatusException) {
            return "the API answered what its contract does not allow: " + Printer.text(e.getMessage());
        }
        if (e instanceof TeamAuthException api && api.status() > 0) {
            // The message comes from the server: shown without control characters.
            return api.status() + " " + Printer.text(api.code()) + ": " + Printer.text(api.error().message()) + teamHint(e, root);
        }
        if (e instanceof UserError || e instanceof IOException) {
            return Printer.text(e.getMessage());
        }
        return "unexpected error: " + e + " (run with --debug for details)";
    }

    /** After a 403 for a team asked for with --team: which key was sent, and the teams whose keys are stored. */
    private static String teamHint(Exception e, PaperspaceCommand root) {
        if (!(e instanceof ForbiddenException) || root.teamAsked == null) {
            return "";
        }
        String stored = storedTeams(root);
        return " (" + root.keySource + " was sent for --team " + Printer.text(root.teamAsked)
                + (stored.isEmpty() ? "" : "; keys are stored for " + stored + ": pass one of those to --team, or `paperspace team use` it")
                + ")";
    }

    /** The namespaces of the teams whose keys login stored, comma-separated; empty when none or unreadable. */
    private static String storedTeams(PaperspaceCommand root) {
        try {
            return root.logins().keys().keySet().stream().map(Printer::text).collect(Collectors.joining(", "));
        } catch (UserError unreadable) {
            return "";
        }
    }

    static int exitCode(Exception e) {
        if (e instanceof MissingCredentialsException || e instanceof InvalidApiKeyException || e instanceof UnauthorizedException) {
            return ExitCodes.AUTHENTICATION;
        }
        if (e instanceof NotFoundException) {
            return ExitCodes.NOT_FOUND;
        }
        if (e instanceof ConflictException) {
            return ExitCodes.CONFLICT;
        }
        if (e instanceof ConnectionException lost) {
            return lost.mayHaveBeenActedOn() ? ExitCodes.OUTCOME_UNKNOWN : ExitCodes.NETWORK;
        }
        if (e instanceof TeamAuthException) {
            return ExitCodes.API_ERROR;
        }
        if (e instanceof UserError || e instanceof IOException) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.UNEXPECTED;
    }
}
