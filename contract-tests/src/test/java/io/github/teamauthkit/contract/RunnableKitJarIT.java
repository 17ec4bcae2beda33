package io.github.teamauthkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.teamauthkit.contract.BrokenServerProxy.Defect;
import io.github.teamauthkit.testserver.InProcessTeamAuthServer;
import io.github.teamauthkit.testserver.TestTeam;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar contract-tests.jar}, the kit as CI jobs run it against any URL, built and run as users get it
 * (after {@code package}, so the shaded jar is what is tested): it passes a conforming server and fails a broken one.
 */
class RunnableKitJarIT {

    private static final Path JAR = Path.of("target/contract-tests.jar");
    /**
     * The runnable jar's budget, just above the 21,697,728 bytes measured (36.7 MB with Byte Buddy, 27.5 MB with
     * AssertJ, picocli, the Swagger 2.0 converter, commons-io and the tools bundled in Groovy, Rhino and JUnit). The
     * target is under 20 MB; the largest part left is REST Assured's Groovy (5 MB: JSON paths are compiled Groovy).
     * Minimizing the jar dropped classes loaded by name (commons-logging's factory, Rhino's regex helper: this test
     * caught both), so it is not done.
     */
    private static final long MAX_JAR_BYTES = 22_000_000;

    @TempDir
    Path dir;

    @Test
    void theJarKeepsItsSizeBudgetPassesTheReferenceServerAndFailsABrokenOne() throws Exception {
        assertThat(Files.size(JAR)).as("size of %s", JAR).isLessThan(MAX_JAR_BYTES);
        try (InProcessTeamAuthServer server = InProcessTeamAuthServer.start()) {
            TestTeam team = server.team();
            Run passing = run(team, team.baseUrl(), "passing", true);
            assertThat(passing.exitCode()).as(passing.output()).isZero();
            assertThat(passing.output()).contains(" 0 tests failed").containsPattern("(\\d{2,}) tests successful")
                    .as("SLF4J's own warnings, which no user acts on").doesNotContain("SLF4J(W)")
                    .as("every check ran").doesNotContain("Not run");
            assertThat(Files.list(dir.resolve("passing")).map(p -> p.getFileName().toString()).toList())
                    .anyMatch(name -> name.startsWith("TEST-") && name.endsWith(".xml"));
        }
        // A fresh team: the passing run removed its disposable member.
        try (InProcessTeamAuthServer server = InProcessTeamAuthServer.start()) {
            TestTeam team = server.team();
            try (BrokenServerProxy broken = new BrokenServerProxy(URI.create(team.baseUrl()), Defect.LEAKED_SECRET_VALUE,
                    team.adminKey(), team.otherTeamAdminKey())) {
                // Without the disposable member, too: the console must say which checks that leaves out, and why.
                Run failing = run(team, broken.baseUri().toString(), "failing", false);
                assertThat(failing.exitCode()).as(failing.output()).isEqualTo(1);
                assertThat(failing.output()).doesNotContain(" 0 tests failed").contains("value")
                        .contains("Not run (").contains("no contract.disposableMemberKey given");
            }
        }
    }

    private record Run(int exitCode, String output) {
    }

    private Run run(TestTeam team, String baseUrl, String reports, boolean withDisposableMember) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "--base-url", baseUrl, "--team-id", team.id(), "--reports", dir.resolve(reports).toString()));
        Path output = dir.resolve(reports + ".out");
        ProcessBuilder kit = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        // Keys through the environment, as the kit's help recommends.
        kit.environment().putAll(Map.of("CONTRACT_ADMIN_KEY", team.adminKey(), "CONTRACT_MEMBER_KEY", team.memberKey(),
                "CONTRACT_OTHER_TEAM_KEY", team.otherTeamAdminKey()));
        if (withDisposableMember) {
            kit.environment().putAll(Map.of("CONTRACT_DISPOSABLE_MEMBER_ID", team.disposableMemberId(),
                    "CONTRACT_DISPOSABLE_MEMBER_KEY", team.disposableMemberKey()));
        }
        Process process = kit.start();
        process.getOutputStream().close();
        int exitCode = waitFor(process);
        return new Run(exitCode, Files.readString(output, StandardCharsets.UTF_8));
    }

    private static int waitFor(Process process) throws InterruptedException {
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the kit did not finish within 5 minutes");
        }
        return process.exitValue();
    }
}
