package io.github.teamauthkit.contract;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;

/**
 * {@code java -jar contract-tests.jar --base-url URL …}: runs the server conformance suite against
 * any server, writes JUnit XML and the coverage table, and exits 1 when anything failed (2 on a usage mistake or a
 * target that is not what the options say, 3 when checks were left out for want of an input).
 */
public final class ContractTestsMain {

    private static final String SUITE = "io.github.teamauthkit.contract.server";
    private static final String GROOVY_INDY_THRESHOLD = "groovy.indy.optimize.threshold";
    /** What ran passed, but checks were left out for want of an input. */
    static final int INCOMPLETE = 3;

    private ContractTestsMain() {
    }

    /**
     * Runs the suite.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        quietSlf4j();
        linkGroovyCallSitesAtOnce();
        System.exit(run(args, System::getenv));
    }

    /**
     * REST Assured runs on Groovy, whose call sites look their target up in a cache until it has been hit 1,000 times
     * ({@code groovy.indy.optimize.threshold}); a run of about 1,800 requests spends much of itself there (a profile:
     * 131 of 586 samples). Linked at the first hit instead; set only when the user has not chosen a value.
     */
    static void linkGroovyCallSitesAtOnce() {
        if (System.getProperty(GROOVY_INDY_THRESHOLD) == null) {
            System.setProperty(GROOVY_INDY_THRESHOLD, "0");
        }
    }

    /**
     * The validator's libraries log through SLF4J, and the jar brings no SLF4J provider (the kit's own output is its
     * report): without this, SLF4J prints three lines of warnings about that on every run.
     */
    static void quietSlf4j() {
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
    }

    static int run(String[] args, Function<String, String> environment) {
        KitOptions options;
        try {
            options = KitOptions.parse(args, environment);
        } catch (KitOptions.UsageException mistake) {
            System.err.println("contract-tests: " + mistake.getMessage());
            return 2;
        }
        if (options.help) {
            System.out.print(KitOptions.usage());
            return 0;
        }
        options.flags.forEach((name, value) -> System.setProperty(ContractTarget.PREFIX + name, value));
        if (options.target.containsKey("seed")) {
            System.setProperty(ContractTarget.PREFIX + "seed", options.target.get("seed"));
        }
        List<String> problems = new Preflight(ContractTarget.fromParameters(name -> Optional.ofNullable(
                options.target.get(name.substring(ContractTarget.PREFIX.length())))).orElseThrow()).problems();
        if (!problems.isEmpty()) {
            problems.forEach(problem -> System.err.println("contract-tests: " + problem));
            return 2;
        }
        try {
            Files.createDirectories(options.reports);
        } catch (IOException cannotWrite) {
            System.err.println("contract-tests: cannot create the reports directory " + options.reports.toAbsolutePath());
            return 2;
        }
        System.setProperty(CoverageReport.REPORTS, options.reports.toString());

        // The target goes to JUnit as configuration parameters, not system properties: the XML report lists every
        // system property, and the target holds the keys.
        Map<String, String> target = new HashMap<>();
        options.target.forEach((name, value) -> target.put(ContractTarget.PREFIX + name, value));
        LauncherDiscoveryRequestBuilder discovery = LauncherDiscoveryRequestBuilder.request().selectors(selectPackage(SUITE))
                .configurationParameters(target);
        if (!Boolean.getBoolean(KitSettings.CHECK_THROTTLING)) {
            // Left out rather than reported as not run: it is an option, not an input the run lacks.
            discovery.filters(ClassNameFilter.excludeClassNamePatterns(".*\\.ThrottlingContractTest"));
        }
        LauncherDiscoveryRequest request = discovery.build();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        Launcher launcher = LauncherFactory.create();
        NotRunListener notRun = new NotRunListener();
        FailureReport failures = new FailureReport();
        launcher.execute(request, summary, notRun, failures, new ProgressListener(out),
                new LegacyXmlReportGeneratingListener(options.reports, out));
        TestExecutionSummary result = summary.getSummary();
        failures.printTo(out);
        notRun.printTo(out);
        result.printTo(out);
        out.println("Reports: " + options.reports.toAbsolutePath());
        if (result.getTotalFailureCount() > 0) {
            return 1;
        }
        if (notRun.lackedInput() > 0) {
            out.println("INCOMPLETE: " + notRun.lackedInput() + " checks did not run for want of an input (listed above); "
                    + "--require-full-coverage makes that a failure");
            return INCOMPLETE;
        }
        return 0;
    }
}
