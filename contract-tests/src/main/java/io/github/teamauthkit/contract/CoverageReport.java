package io.github.teamauthkit.contract;


import static org.junit.jupiter.api.Assertions.assertEquals;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** Writes the coverage table and fails when a documented status was never exercised. */
public final class CoverageReport {

    /** Where the table goes: {@code contract.reports} or {@code target}. */
    static final String REPORTS = "contract.reports";

    private CoverageReport() {
    }

    /**
     * Writes {@code contract-coverage.md}, prints it, and checks it.
     *
     * @param target the run's target; a run without every credential reports but does not judge
     * @throws IOException if the report cannot be written
     */
    public static void writeAndCheck(ContractTarget target) throws IOException {
        URI base = URI.create(target.baseUrl());
        String table = Coverage.markdown(base);
        Path directory = Path.of(System.getProperty(REPORTS, "target"));
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("contract-coverage.md"), table);
        System.out.println(table);
        Assumptions.assumeTrue(target.adminKey() != null && target.memberKey() != null && target.otherTeamKey() != null
                        && target.disposableMemberKey() != null,
                "coverage reported but not judged: the run lacked credentials, so some statuses could not be provoked");
        List<Coverage.Row> missing = Coverage.rows(base).stream().filter(Coverage.Row::missing).toList();
        assertEquals(List.of(), missing.stream().map(row -> row.operation().operationId() + " " + row.status()).toList(),
                "documented statuses never exercised (see " + directory.resolve("contract-coverage.md") + ")");
    }
}
