package io.github.teamauthkit.cli;

import io.github.teamauthkit.client.Page;
import io.github.teamauthkit.client.model.SortOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options of a list command, as the official CLI has them, and how a page or a whole walk is printed. */
final class ListOptions {

    @Option(names = "--limit", paramLabel = "N", description = "Items per page, 1 to 120 (the API's default: 20).")
    Integer limit;

    @Option(names = "--after", paramLabel = "CURSOR", description = "Start after this cursor (a page's nextPage).")
    String after;

    @Option(names = "--asc", description = "Oldest first (default: newest first).")
    boolean ascending;

    @Option(names = {"-F", "--fields"}, paramLabel = "NAME", description = "Show only this column; repeatable, in order.")
    List<String> fields;

    @Option(names = "--all", description = "Every page, not just one.")
    boolean all;

    /** The page size, checked here so a mistake is a usage error rather than a round trip. */
    Integer limit(CommandSpec spec) {
        if (limit != null && (limit < 1 || limit > 120)) {
            throw new ParameterException(spec.commandLine(), "--limit must be between 1 and 120");
        }
        return limit;
    }

    SortOrder order() {
        return ascending ? SortOrder.ASC : null;
    }

    /**
     * Prints the first page, or with {@code --all} every item of every page. A table says on stderr
     * how to go on when more pages follow, or that there is nothing ("No secrets."); {@code --json} prints the page
     * object (with {@code --all}, the array of every item).
     *
     * @param noun what the items are, plural: "secrets"
     */
    <T> int print(CommandSpec spec, Printer printer, Page<T> first, Columns<T> columns, String noun) {
        List<String> picked = columns.pick(fields, spec.commandLine());
        List<T> items = all ? first.stream().toList() : first.items();
        Object json = items;
        if (!all) {
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("hasMore", first.hasMore());
            page.put("items", items);
            first.nextCursor().ifPresent(cursor -> page.put("nextPage", cursor));
            json = page;
        }
        printer.print(spec.commandLine().getOut(), json, columns.headers(picked), columns.rows(items, picked));
        if (items.isEmpty() && !printer.json()) {
            // A header alone reads like a hang or a bug on a terminal; scripts reading standard output still get it.
            spec.commandLine().getErr().println("No " + noun + ".");
        }
        if (!all && !printer.json() && first.hasMore()) {
            spec.commandLine().getErr().println("More follow: add --after " + Printer.text(first.nextCursor().orElseThrow())
                    + " (or --all).");
        }
        return ExitCodes.OK;
    }
}
