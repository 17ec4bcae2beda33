package io.github.teamauthkit.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table of the kit's README (packed in the jar next to this class): the demand each check enforces and where it
 * comes from, so that a failure can say what it was held to.
 */
final class RulesTable {

    private static final Pattern CHECK = Pattern.compile("`([A-Z][A-Za-z]+ContractTest)#([a-zA-Z0-9]+)`");

    private final Map<String, String> ruleByCheck;

    private RulesTable(Map<String, String> ruleByCheck) {
        this.ruleByCheck = ruleByCheck;
    }

    /** The table of the README the jar carries. */
    static RulesTable packed() {
        try (InputStream readme = RulesTable.class.getResourceAsStream("README.md")) {
            return parse(readme == null ? "" : new String(readme.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the jar's README.md cannot be read", e);
        }
    }

    /**
     * Reads the rows {@code | demand | source | checks |} of a README's table.
     *
     * @param markdown the README's text
     */
    static RulesTable parse(String markdown) {
        Map<String, String> rules = new LinkedHashMap<>();
        markdown.lines().filter(line -> line.startsWith("| ") && line.endsWith(" |")).forEach(line -> {
            String[] cells = line.substring(2, line.length() - 2).split(" \\| ");
            if (cells.length == 3) {
                for (Matcher check = CHECK.matcher(cells[2]); check.find(); ) {
                    rules.put(check.group(1) + "#" + check.group(2), cells[0] + " (" + cells[1] + ")");
                }
            }
        });
        return new RulesTable(rules);
    }

    /** Every check the table lists, as {@code SimpleClassName#method}. */
    Set<String> checks() {
        return ruleByCheck.keySet();
    }

    /** The demand and source of a check, by {@code SimpleClassName#method}. */
    Optional<String> ruleOf(String check) {
        return Optional.ofNullable(ruleByCheck.get(check));
    }
}
