package io.github.teamauthkit.spec.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The allow file: incompatible changes against the baseline that ship on purpose, each with a
 * reason. A YAML list of {@code {change: KEY, reason: TEXT}}, where KEY is the change as the gate
 * prints it, with or without the old and new values in parentheses.
 *
 * @param file     the allow file
 * @param entries  allowed change key to its entry, in file order
 * @param problems entries without a change or a reason
 */
record AllowedChanges(Path file, Map<String, Entry> entries, List<Finding> problems) {

    /** One entry of the file: its index, for the JSON pointer, and why the change is allowed. */
    record Entry(int index, String reason) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static AllowedChanges read(Path file) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<Finding> problems = new ArrayList<>();
        if (Files.exists(file)) {
            JsonNode list;
            try {
                list = YAML.readTree(file.toFile());
            } catch (JsonProcessingException e) {
                problems.add(new Finding(file.toString(), "", "line " + e.getLocation().getLineNr()
                        + ": not valid YAML: " + e.getOriginalMessage()));
                return new AllowedChanges(file, entries, problems);
            }
            for (int i = 0; list != null && i < list.size(); i++) {
                String change = list.get(i).path("change").asText("").strip();
                String reason = list.get(i).path("reason").asText("").strip();
                if (change.isEmpty() || reason.isEmpty()) {
                    problems.add(new Finding(file.toString(), "/" + i, "every entry needs a change and a reason"));
                } else {
                    entries.put(change, new Entry(i, reason));
                }
            }
        }
        return new AllowedChanges(file, entries, problems);
    }

    /** Whether the file lists the change, by its name or as the build prints it (name and detail). */
    boolean allows(IncompatibleChange change) {
        return entry(change) != null;
    }

    /** The entry listing the change, or null. */
    Entry entry(IncompatibleChange change) {
        Entry byKey = entries.get(change.key());
        return byKey != null ? byKey : entries.get(change.toString());
    }

    /** Entries that match no change any more: the baseline moved on, or the spec was fixed. */
    List<Finding> stale(List<IncompatibleChange> changes) {
        List<String> keys = changes.stream().flatMap(change -> java.util.stream.Stream.of(change.key(), change.toString())).toList();
        List<Finding> stale = new ArrayList<>();
        entries.forEach((allowed, entry) -> {
            if (!keys.contains(allowed)) {
                stale.add(new Finding(file.toString(), "/" + entry.index(),
                        "allowed change \"" + allowed + "\" no longer happens: remove the entry"));
            }
        });
        return stale;
    }
}
