package io.github.teamauthkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.teamauthkit.contract.BrokenServerProxy.Defect;
import io.github.teamauthkit.reference.security.AuthFailurePolicy;
import io.github.teamauthkit.testserver.InProcessTeamAuthServer;
import io.github.teamauthkit.testserver.TestTeam;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
        ReadmeCommand readme = ReadmeCommand.read();
        // As the README starts it: its fixture, and the default auth-failure limit (20), which one run stays under.
        try (SeededReferenceServer server = new SeededReferenceServer(readme.seed(), AuthFailurePolicy.limit(20), readme.keys())) {
            Run passing = run(server.target().baseUrl(), "passing", readme.environment(), "--team-id", readme.keys().teamId());
            assertThat(passing.exitCode()).as(passing.output()).isZero();
            assertThat(passing.output()).contains(" 0 tests failed").containsPattern("(\\d{2,}) tests successful")
                    .as("SLF4J's own warnings, which no user acts on").doesNotContain("SLF4J(W)")
                    .as("every check ran").doesNotContain("Not run").doesNotContain("Not applicable")
                    .contains(" 0 tests aborted").contains(" 0 tests skipped")
                    .as("a line per class of checks as it ends").containsPattern("MembersContractTest +\\d+ passed, 0 failed, 0 not run");
            assertThat(passing.output()).as("a passing run ends with a line on coverage, not the table")
                    .contains("Coverage: every documented status of every operation was exercised or is an allowed gap")
                    .doesNotContain("| 409 | yes |").doesNotContain("Causes, most checks first");
            assertThat(Files.list(dir.resolve("passing")).map(p -> p.getFileName().toString()).toList())
                    .anyMatch(name -> name.startsWith("TEST-") && name.endsWith(".xml"));
            assertThat(Files.readString(dir.resolve("passing/contract-coverage.md"))).as("the coverage table")
                    .doesNotContain("**NO**").contains("| 409 | yes |");
            // Reports are uploaded as CI artifacts, often public ones.
            ContractTarget keys = readme.keys();
            assertThat(everyReport(dir.resolve("passing")) + passing.output()).as("the reports and the console")
                    .doesNotContain(keys.adminKey()).doesNotContain(keys.memberKey()).doesNotContain(keys.otherTeamKey())
                    .doesNotContain(keys.disposableMemberKey());
        }
        // Fresh teams from here on: the passing run removed its disposable member.
        try (InProcessTeamAuthServer server = InProcessTeamAuthServer.start()) {
            TestTeam team = server.team();
            // Without the disposable member: the console says which checks that leaves out and why, and the exit
            // code that the run was incomplete.
            Run incomplete = run(team.baseUrl(), "incomplete", keys(team), "--team-id", team.id());
            assertThat(incomplete.exitCode()).as(incomplete.output()).isEqualTo(ContractTestsMain.INCOMPLETE);
            assertThat(incomplete.output()).contains(" 0 tests failed").contains("Not run (")
                    .contains("no contract.disposableMemberKey given").contains("INCOMPLETE: ");
        }
        try (InProcessTeamAuthServer server = InProcessTeamAuthServer.start()) {
            TestTeam team = server.team();
            ContractTarget target = new ContractTarget(team.baseUrl(), team.id(), team.adminKey(), team.memberKey(),
                    team.otherTeamAdminKey(), null, null);
            try (BrokenServerProxy broken = new BrokenServerProxy(target, Defect.LEAKED_SECRET_VALUE)) {
                // A full run required, and again without the disposable member: that is a failure too.
                Run failing = run(broken.baseUri().toString(), "failing", keys(team), "--team-id", team.id(), "--require-full-coverage");
                assertThat(failing.exitCode()).as(failing.output()).isEqualTo(1);
                assertThat(failing.output()).doesNotContain(" 0 tests failed").contains("holds the secret's value")
                        .contains("no contract.disposableMemberKey given").contains("(the run requires full coverage)");
                assertThat(everyReport(dir.resolve("failing")) + failing.output()).as("the failing run's reports and console")
                        .doesNotContain(team.adminKey()).doesNotContain(team.memberKey()).doesNotContain(team.otherTeamAdminKey());
            }
        }
    }

    @Test
    void oneDefectIsOneCauseAndEachFailureNamesARequestToRepeat() throws Exception {
        try (InProcessTeamAuthServer server = InProcessTeamAuthServer.start()) {
            TestTeam team = server.team();
            ContractTarget target = new ContractTarget(team.baseUrl(), team.id(), team.adminKey(), team.memberKey(),
                    team.otherTeamAdminKey(), team.disposableMemberId(), team.disposableMemberKey());
            try (BrokenServerProxy broken = new BrokenServerProxy(target, Defect.WRONG_STATUS)) {
                Map<String, String> environment = new HashMap<>(keys(team));
                environment.put("CONTRACT_DISPOSABLE_MEMBER_ID", team.disposableMemberId());
                environment.put("CONTRACT_DISPOSABLE_MEMBER_KEY", team.disposableMemberKey());
                Run failing = run(broken.baseUri().toString(), "one-cause", environment, "--team-id", team.id());

                assertThat(failing.exitCode()).as(failing.output()).isEqualTo(1);
                List<String> lines = failing.output().lines().toList();
                String firstCause = lines.get(lines.indexOf("Causes, most checks first:") + 1);
                assertThat(firstCause).as(failing.output()).matches(" +\\d{2,} checks · createTeamSecret answered 201, which is not a status the spec "
                        + "documents for it.*");
                assertThat(failing.output()).contains("last request: POST /teams/" + team.id() + "/secrets (createTeamSecret) with "
                        + "$CONTRACT_ADMIN_KEY → 201")
                        .contains("reproduce: curl -sS -X POST -H \"Authorization: Bearer $CONTRACT_ADMIN_KEY\" "
                                + "-H 'Content-Type: application/json' --data-binary '{")
                        .as("each failure quotes the rule it was held to").contains("\n    rule: ")
                        .as("no stack frames").doesNotContain("\tat ").doesNotContain("at io.restassured")
                        .doesNotContain(team.adminKey()).doesNotContain(team.memberKey()).doesNotContain(team.disposableMemberKey());
            }
        }
    }

    private record Run(int exitCode, String output) {
    }

    /** The text of every file a run wrote to its reports directory. */
    private static String everyReport(Path reports) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(reports)) {
            for (Path file : files.toList()) {
                text.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }

    /** The admin's, member's and other team's keys of a test server, as the kit's environment variables. */
    private static Map<String, String> keys(TestTeam team) {
        return Map.of("CONTRACT_ADMIN_KEY", team.adminKey(), "CONTRACT_MEMBER_KEY", team.memberKey(),
                "CONTRACT_OTHER_TEAM_KEY", team.otherTeamAdminKey());
    }

    private Run run(String baseUrl, String reports, Map<String, String> environment, String... more) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "--base-url", baseUrl, "--reports", dir.resolve(reports).toString()));
        command.addAll(List.of(more));
        Path output = dir.resolve(reports + ".out");
        ProcessBuilder kit = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        // CI=true would require full coverage: each run here says what it requires.
        kit.environment().remove("CI");
        // Keys through the environment, as the kit's help recommends.
        kit.environment().putAll(environment);
        Process process = kit.start();
        process.getOutputStream().close();
        int exitCode = waitFor(process);
        return new Run(exitCode, Files.readString(output, StandardCharsets.UTF_8));
    }

    /** The README's command for a full run of the kit jar: its fixture, its team and its keys. */
    private record ReadmeCommand(Path seed, Map<String, String> environment, ContractTarget keys) {

        static ReadmeCommand read() throws IOException {
            String readme = Files.readString(Path.of("../README.md"));
            Matcher block = Pattern.compile("```sh\n((?:(?!```).)*contract-tests\\.jar(?:(?!```).)*)```", Pattern.DOTALL).matcher(readme);
            assertThat(block.find()).as("the README's kit command").isTrue();
            String command = block.group(1);
            Map<String, String> environment = new HashMap<>();
            for (Matcher variable = Pattern.compile("(CONTRACT_[A-Z_]+)=(\\S+)").matcher(command); variable.find(); ) {
                environment.put(variable.group(1), variable.group(2));
            }
            Matcher seed = Pattern.compile("--seed (\\S+)").matcher(command);
            Matcher team = Pattern.compile("--team-id (\\S+)").matcher(command);
            assertThat(seed.find() && team.find()).as("--seed and --team-id in the README's kit command").isTrue();
            return new ReadmeCommand(Path.of("..").resolve(seed.group(1)), environment, new ContractTarget("", team.group(1),
                    environment.get("CONTRACT_ADMIN_KEY"), environment.get("CONTRACT_MEMBER_KEY"),
                    environment.get("CONTRACT_OTHER_TEAM_KEY"), environment.get("CONTRACT_DISPOSABLE_MEMBER_ID"),
                    environment.get("CONTRACT_DISPOSABLE_MEMBER_KEY")));
        }
    }

    private static int waitFor(Process process) throws InterruptedException {
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the kit did not finish within 5 minutes");
        }
        return process.exitValue();
    }
}
