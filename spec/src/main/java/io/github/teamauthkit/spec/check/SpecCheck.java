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
     * Checks one spec file.
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
        return findings;
    }

    /**
     * Entry point for the build.
     *
     * @param args the spec file
     * @throws Exception when the spec has problems, with every problem in the message
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: SpecCheck SPEC_FILE");
        }
        Path spec = Path.of(args[0]);
        List<Finding> findings = check(spec);
        if (!findings.isEmpty()) {
            StringBuilder report = new StringBuilder("The spec has ").append(findings.size()).append(" problem(s):");
            findings.forEach(f -> report.append(System.lineSeparator()).append("  ").append(f));
            throw new SpecCheckFailedException(report.toString());
        }
        System.out.println("Spec check passed: " + spec);
    }
}
