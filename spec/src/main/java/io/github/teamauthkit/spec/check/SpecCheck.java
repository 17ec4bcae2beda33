package io.github.teamauthkit.spec.check;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The build's check of the spec: run at {@code process-classes}, it fails the build with one line
 * per problem, each naming the file and the JSON pointer of the offending node.
 */
public final class SpecCheck {

    private SpecCheck() {
    }

    /**
     * Checks one spec file against the OpenAPI 3.0 JSON schema, swagger-parser and the house rules.
     *
     * @param spec path of the OpenAPI document
     * @return the problems found; empty when the spec is sound
     * @throws IOException if the file cannot be read
     */
    public static List<Finding> check(Path spec) throws IOException {
        SpecDocument document;
        try {
            document = SpecDocument.read(spec);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            return List.of(new Finding(spec.toString(), "", where + "not valid YAML: " + e.getOriginalMessage()));
        }
        List<Finding> findings = new ArrayList<>(OpenApiSchemaValidation.check(document));
        findings.addAll(ParserValidation.check(document));
        findings.addAll(HouseRules.check(document));
        return findings;
    }

    /**
     * Checks one spec file as {@link #check(Path)} does, then compares it with the baseline: an
     * incompatible change is a problem unless the major version was raised or the allow file lists
     * it. The difference is written to the report as Markdown.
     *
     * @param spec      path of the OpenAPI document
     * @param baseline  the last released version of the document
     * @param allowFile incompatible changes allowed on purpose; may not exist
     * @param report    where to write the Markdown difference
     * @return the problems found; empty when the spec is sound and compatible
     * @throws IOException if a file cannot be read or the report written
     */
    public static List<Finding> check(Path spec, Path baseline, Path allowFile, Path report) throws IOException {
        List<Finding> findings = check(spec);
        if (findings.isEmpty()) {
            findings = BreakingChangeGate.check(SpecDocument.read(spec), baseline, AllowedChanges.read(allowFile), report);
        }
        return findings;
    }

    /**
     * Entry point for the build.
     *
     * @param args the spec file, optionally followed by the baseline, the allow file and the report
     * @throws Exception when the spec has problems, with every problem in the message
     */
    public static void main(String[] args) throws Exception {
        // The parser's libraries log through SLF4J with no provider here: its three lines of warnings help no one.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        if (args.length != 1 && args.length != 4) {
            throw new IllegalArgumentException("usage: SpecCheck SPEC_FILE [BASELINE_FILE ALLOW_FILE REPORT_FILE]");
        }
        Path spec = Path.of(args[0]);
        List<Finding> findings = args.length == 1 ? check(spec)
                : check(spec, Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
        if (!findings.isEmpty()) {
            StringBuilder report = new StringBuilder("The spec has ").append(findings.size()).append(" problem(s):");
            findings.forEach(f -> report.append(System.lineSeparator()).append("  ").append(f));
            throw new SpecCheckFailedException(report.toString());
        }
        System.out.println("Spec check passed: " + spec + (args.length == 1 ? "" : "; difference written to " + args[3]));
    }
}
