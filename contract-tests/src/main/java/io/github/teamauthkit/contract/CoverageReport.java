package io.github.teamauthkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the coverage table and fails when a documented status was never exercised without an allowed reason. */
public final class CoverageReport {

    /** Where the table goes: {@code contract.reports} or {@code target}. */
    static final String REPORTS = "contract.reports";

    private CoverageReport() {
    }

    /**
     * Writes {@code contract-coverage.md}, prints it when a status is missing, and checks it.
     *
     * @param target the run's target; a run lacking an input reports but does not judge, unless it requires full
     *               coverage
     * @throws IOException if the report cannot be written
     */
    public static void writeAndCheck(ContractTarget target) throws IOException {
        URI base = URI.create(target.baseUrl());
        String table = Coverage.markdown(base);
        Path directory = Path.of(System.getProperty(REPORTS, "target"));
        Files.createDirectories(directory);
        Path file = directory.resolve("contract-coverage.md");
        Files.writeString(file, table);
        List<String> missing = Coverage.rows(base).stream().filter(Coverage.Row::missing)
                .map(row -> row.operation().operationId() + " " + row.status()).toList();
        // The whole table only when it falls short: a passing run ends with a line, not seventy rows.
        System.out.println(missing.isEmpty() ? "Coverage: every documented status of every operation was exercised or is an "
                + "allowed gap (" + file + ")" : table);
        if (!missing.isEmpty() && !target.complete()) {
            throw MissingInput.because("coverage reported but not judged: the run lacked inputs, so " + missing
                    + " could not be provoked (see " + file + ")");
        }
        assertEquals(List.of(), missing, "documented statuses never exercised, with no allowed reason (see " + file + ")");
    }
}
