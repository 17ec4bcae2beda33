package io.github.teamauthkit.cli;

import io.github.teamauthkit.client.TeamAuthClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code paperspace members} and {@code paperspace secrets}: a team-scoped group whose subcommands share the
 * root's client and printer, the {@code --team} option, and the confirmation before destroying something.
 */
abstract class TeamCommandGroup implements Callable<Integer> {

    @ParentCommand
    PaperspaceCommand root;

    @Mixin
    TeamScope team;

    @Spec
    CommandSpec spec;

    /**
     * The client for a subcommand: the key given by --api-key or PAPERSPACE_API_KEY; else, when {@code --team} names a
     * team whose key {@code login} stored (by namespace, as keys are stored), that team's key; else the current team's.
     */
    TeamAuthClient client() {
        root.teamAsked = team.team;
        String stored = team.team == null || root.keyGiven() ? null : root.logins().keys().get(team.team);
        return stored != null ? root.client(stored, "the stored key of team " + Printer.text(team.team)) : root.client();
    }

    /** Without a subcommand: a usage error naming them, read from picocli's model so it cannot go stale. */
    @Override
    public Integer call() {
        throw missingSubcommand(spec);
    }

    /** The usage error of a command group run without a subcommand, naming them as picocli's model has them. */
    static ParameterException missingSubcommand(CommandSpec group) {
        List<String> names = new ArrayList<>(group.subcommands().keySet());
        String last = names.remove(names.size() - 1);
        return new ParameterException(group.commandLine(), "Missing a subcommand: " + String.join(", ", names) + " or " + last);
    }

    /**
     * Asks before a destructive action unless {@code --yes}, then reports it: JSON with {@code --json}, else one line.
     *
     * @param out      the subcommand's spec, whose streams get the output
     * @param yes      whether {@code --yes} was given
     * @param question what to ask, e.g. {@code "Delete secret HF_TOKEN of team-acme?"}
     * @param verb     past tense, for the JSON key and the lines, e.g. {@code "deleted"}
     * @param subject  the name or id acted upon
     * @param teamId   the team
     * @param action   the API call
     * @return the exit code
     */
    int confirmThen(CommandSpec out, boolean yes, String question, String verb, String subject, String teamId, Runnable action) {
        if (!yes && !Terminal.confirm(question)) {
            out.commandLine().getErr().println("Not " + verb + ".");
            return ExitCodes.OK;
        }
        action.run();
        if (root.printer().json()) {
            root.printer().print(out.commandLine().getOut(), Map.of(verb, subject, "team", teamId), null, null);
        } else {
            out.commandLine().getOut().println(Character.toUpperCase(verb.charAt(0)) + verb.substring(1) + " " + subject + " from "
                    + teamId + ".");
        }
        return ExitCodes.OK;
    }
}
