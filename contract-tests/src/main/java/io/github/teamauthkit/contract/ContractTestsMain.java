package io.github.teamauthkit.contract;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar contract-tests.jar --base-url URL …}: runs the server conformance suite against
 * any server, writes JUnit XML and the coverage table, and exits 1 when anything failed.
 */
@Command(name = "contract-tests", mixinStandardHelpOptions = true, version = "teamauth contract tests",
        description = "Checks a running Team & Auth API server against the spec and the documented rules. "
                + "Keys may also come from the environment (CONTRACT_ADMIN_KEY, …), which keeps them out of shell history.")
public final class ContractTestsMain implements Callable<Integer> {

    private static final String SUITE = "io.github.teamauthkit.contract.server";

    @Option(names = "--base-url", required = true, description = "The API's base URL, e.g. http://127.0.0.1:8080/v1.")
    String baseUrl;

    @Option(names = "--team-id", defaultValue = "${env:CONTRACT_TEAM_ID}", description = "The team the keys belong to.")
    String teamId;

    @Option(names = "--admin-key", defaultValue = "${env:CONTRACT_ADMIN_KEY}", description = "A team admin's API key.")
    String adminKey;

    @Option(names = "--member-key", defaultValue = "${env:CONTRACT_MEMBER_KEY}", description = "A non-admin member's API key.")
    String memberKey;

    @Option(names = "--other-team-key", defaultValue = "${env:CONTRACT_OTHER_TEAM_KEY}", description = "A key of another team.")
    String otherTeamKey;

    @Option(names = "--disposable-member-id", defaultValue = "${env:CONTRACT_DISPOSABLE_MEMBER_ID}",
            description = "A member the suite may remove (it removes itself).")
    String disposableMemberId;

    @Option(names = "--disposable-member-key", defaultValue = "${env:CONTRACT_DISPOSABLE_MEMBER_KEY}",
            description = "That member's API key.")
    String disposableMemberKey;

    @Option(names = "--reports", defaultValue = "contract-reports", description = "Directory for JUnit XML and the coverage table.")
    Path reports;

    /**
     * Runs the suite.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(new CommandLine(new ContractTestsMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        set("baseUrl", baseUrl);
        set("teamId", teamId);
        set("adminKey", adminKey);
        set("memberKey", memberKey);
        set("otherTeamKey", otherTeamKey);
        set("disposableMemberId", disposableMemberId);
        set("disposableMemberKey", disposableMemberKey);
        Files.createDirectories(reports);
        System.setProperty(CoverageReport.REPORTS, reports.toString());

        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectPackage(SUITE)).build();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, summary, new LegacyXmlReportGeneratingListener(reports, out));
        TestExecutionSummary result = summary.getSummary();
        result.printFailuresTo(out, 5);
        result.printTo(out);
        out.println("Reports: " + reports.toAbsolutePath());
        return result.getTotalFailureCount() == 0 ? 0 : 1;
    }

    private static void set(String name, String value) {
        if (value != null && !value.isBlank()) {
            System.setProperty(ContractTarget.PREFIX + name, value);
        }
    }
}
