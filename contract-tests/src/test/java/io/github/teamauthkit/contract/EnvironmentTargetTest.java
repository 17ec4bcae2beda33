package io.github.teamauthkit.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.teamauthkit.testserver.InProcessTeamAuthServer;
import io.github.teamauthkit.testserver.TestTeam;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * A JUnit run of the checks (as with {@code ./mvnw -pl contract-tests verify}) takes its target from the
 * {@code CONTRACT_*} environment variables, the way to give keys that keeps them out of surefire's reports. The
 * environment of this JVM cannot be changed, so the checks run in a JVM of their own.
 */
class EnvironmentTargetTest {

    @TempDir
    Path dir;

    @Test
    void theChecksFindTheirServerAndKeysInTheEnvironment() throws Exception {
        try (InProcessTeamAuthServer server = InProcessTeamAuthServer.start()) {
            TestTeam team = server.team();
            Path output = dir.resolve("run.out");
            ProcessBuilder run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), EnvironmentTargetTest.class.getName())
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            run.environment().keySet().removeIf(name -> name.startsWith("CONTRACT_"));
            run.environment().putAll(Map.of("CONTRACT_BASE_URL", team.baseUrl(), "CONTRACT_TEAM_ID", team.id(),
                    "CONTRACT_ADMIN_KEY", team.adminKey()));
            Process process = run.start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("the checks did not finish within 2 minutes");
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(printed).isZero();
            assertThat(printed).contains("2 passed").doesNotContain(team.adminKey());
        }
    }

    /** In the child JVM: runs {@link Probe} and prints how many checks passed; exits 1 if any did not. */
    public static void main(String[] args) {
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(Probe.class)).build(), summary);
        long passed = summary.getSummary().getTestsSucceededCount();
        List<String> failures = summary.getSummary().getFailures().stream().map(failure -> failure.getException().getMessage()).toList();
        System.out.println(passed + " passed, failures: " + failures);
        System.exit(failures.isEmpty() && passed > 0 ? 0 : 1);
    }

    /**
     * Run only in the child JVM (a nested class, which surefire leaves out): the target is the server the environment
     * names, not one a registered {@link ContractTargetProvider} would start, and its key works.
     */
    @ExtendWith(ContractTargetExtension.class)
    static class Probe {

        @Test
        void theTargetIsTheOneTheEnvironmentNames(ContractTarget target) {
            assertThat(target.baseUrl()).isEqualTo(System.getenv("CONTRACT_BASE_URL"));
        }

        @Test
        void aCheckPassesAgainstIt(ContractTarget target) {
            given(Requests.as(target, target.admin())).when().get("/auth/session")
                    .then().statusCode(200).body("team.id", equalTo(target.team()));
        }
    }
}
