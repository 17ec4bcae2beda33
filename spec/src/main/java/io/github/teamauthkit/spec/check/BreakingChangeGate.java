package io.github.teamauthkit.spec.check;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Compares the spec with the last released baseline. An incompatible change fails the build unless
 * the spec's major version was raised or the change is in the allow file with a reason. Every run
 * writes the whole difference as Markdown.
 */
final class BreakingChangeGate {

    private BreakingChangeGate() {
    }

    static List<Finding> check(SpecDocument spec, Path baseline, AllowedChanges allowed, Path report) throws IOException {
        ChangedOpenApi diff = OpenApiCompare.fromLocations(baseline.toUri().toString(), spec.path().toUri().toString());
        List<IncompatibleChange> changes = IncompatibleChanges.of(diff);
        boolean majorRaised = major(diff.getNewSpecOpenApi().getInfo().getVersion())
                > major(diff.getOldSpecOpenApi().getInfo().getVersion());

        List<Finding> findings = new ArrayList<>(allowed.problems());
        if (!majorRaised) {
            for (IncompatibleChange change : changes) {
                if (!allowed.allows(change)) {
                    findings.add(spec.finding(pointer(spec, change), "breaking change against " + baseline.getFileName()
                            + ": " + change + "; raise the major number of info.version, or allow the change with a reason in "
                            + allowed.file()));
                }
            }
            findings.addAll(allowed.stale(changes));
        }
        writeReport(report, baseline, diff, changes, allowed, majorRaised);
        return findings;
    }

    /** The changed operation in the spec, or {@code /paths} for one that was removed. */
    private static String pointer(SpecDocument spec, IncompatibleChange change) {
        String[] methodAndPath = change.operation().split(" ", 2);
        String pointer = "/paths/" + SpecDocument.escape(methodAndPath[1]) + "/" + methodAndPath[0].toLowerCase(Locale.ROOT);
        return spec.root().at(pointer).isMissingNode() ? "/paths" : pointer;
    }

    /** The major number of an {@code info.version} such as {@code 1.1.0} or {@code v1}; 0 if it has none. */
    static int major(String version) {
        try {
            return Integer.parseInt(version.strip().replaceFirst("^[vV]", "").split("\\.")[0]);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static void writeReport(Path report, Path baseline, ChangedOpenApi diff, List<IncompatibleChange> changes,
            AllowedChanges allowed, boolean majorRaised) throws IOException {
        StringBuilder text = new StringBuilder("# Spec changes against ").append(baseline.getFileName()).append("\n\n");
        text.append(summary(diff, changes)).append("\n\n");
        text.append(changes.isEmpty() ? "No incompatible changes.\n"
                : majorRaised ? "Incompatible changes, released under a new major version:\n"
                : "Incompatible changes:\n");
        for (IncompatibleChange change : changes) {
            AllowedChanges.Entry entry = allowed.entry(change);
            text.append("\n- `").append(change).append('`')
                    .append(entry != null ? " (allowed: " + entry.reason() + ")" : majorRaised ? "" : " **not allowed**");
        }
        ByteArrayOutputStream rendered = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(rendered, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        }
        text.append("\n\n").append(rendered.toString(StandardCharsets.UTF_8));
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, text);
    }

    /** One line per change of an operation, before the detail: a one-field change reads as one line. */
    static String summary(ChangedOpenApi diff, List<IncompatibleChange> changes) {
        List<String> lines = new ArrayList<>();
        diff.getNewEndpoints().forEach(e -> lines.add("- added: `" + e.getMethod() + " " + e.getPathUrl() + "`"));
        diff.getMissingEndpoints().forEach(e -> lines.add("- removed: `" + e.getMethod() + " " + e.getPathUrl() + "`"));
        diff.getChangedOperations().forEach(op -> {
            String name = op.getHttpMethod() + " " + op.getPathUrl();
            long incompatible = changes.stream().filter(c -> c.operation().equals(name)).count();
            lines.add("- changed: `" + name + "`" + (incompatible > 0 ? ", " + incompatible + " incompatible" : ", compatibly"));
        });
        return "## Summary\n\n" + (lines.isEmpty() ? "No operation changed." : String.join("\n", lines));
    }
}
