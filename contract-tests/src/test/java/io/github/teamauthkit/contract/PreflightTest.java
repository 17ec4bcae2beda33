package io.github.teamauthkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.teamauthkit.testserver.InProcessTeamAuthServer;
import io.github.teamauthkit.testserver.TestTeam;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A target that is not what the options say is one line each, before any check runs. */
class PreflightTest {

    private static InProcessTeamAuthServer server;
    private static TestTeam team;

    @BeforeAll
    static void start() throws IOException {
        server = InProcessTeamAuthServer.start();
        team = server.team();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    private static ContractTarget target(String baseUrl, String admin, String member, String other, String disposableKey) {
        return new ContractTarget(baseUrl, team.id(), admin, member, other, team.disposableMemberId(), disposableKey);
    }

    private static ContractTarget rightTarget() {
        return target(team.baseUrl(), team.adminKey(), team.memberKey(), team.otherTeamAdminKey(), team.disposableMemberKey());
    }

    @Test
    void theRightTargetHasNoProblem() {
        assertThat(new Preflight(rightTarget()).problems()).isEmpty();
    }

    @Test
    void aServerThatIsNotThereIsOneLine() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        List<String> problems = new Preflight(target("http://127.0.0.1:" + closed + "/v1", null, null, null, null)).problems();

        assertThat(problems).singleElement().asString().startsWith("nothing answers at http://127.0.0.1:" + closed + "/v1");
    }

    @Test
    void aBaseUrlWithoutItsVersionSaysWhereTheApiIs() {
        String withoutVersion = team.baseUrl().replaceAll("/v1$", "");

        assertThat(new Preflight(target(withoutVersion, team.adminKey(), null, null, null)).problems()).singleElement().asString()
                .contains("answered 404").endsWith("did you mean --base-url " + team.baseUrl() + "?");
    }

    @Test
    void keysGivenInTheWrongRolesAreNamedByRoleAndNeverShown() {
        List<String> problems = new Preflight(target(team.baseUrl(), team.memberKey(), team.adminKey(), team.adminKey(),
                team.memberKey())).problems();

        assertThat(problems).containsExactly(
                "the admin key's user " + userOf(team.memberKey()) + " is not an admin of " + team.id(),
                "the member key's user " + userOf(team.adminKey()) + " is an admin: give a member who is not",
                "the other-team key belongs to " + team.id() + " itself: give a key of another team",
                "the disposable member key belongs to " + userOf(team.memberKey()) + ", not " + team.disposableMemberId());
        assertThat(String.join("\n", problems)).doesNotContain(team.adminKey()).doesNotContain(team.memberKey());
    }

    @Test
    void aDisposableMemberAnEarlierRunRemovedAsksForAReseed() throws Exception {
        try (InProcessTeamAuthServer fresh = InProcessTeamAuthServer.start()) {
            TestTeam used = fresh.team();
            used.client(used.disposableMemberKey()).members(used.id()).remove(used.disposableMemberId());
            ContractTarget target = new ContractTarget(used.baseUrl(), used.id(), used.adminKey(), null, null,
                    used.disposableMemberId(), used.disposableMemberKey());

            assertThat(new Preflight(target).problems()).containsExactly("the disposable member key is refused (401): an earlier "
                    + "run may have removed " + used.disposableMemberId() + " (a run removes it); reseed the target, or give another member");
        }
    }

    @Test
    void theJarExitsWith2AndPrintsOnlyTheProblem() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        assertOneLineAndExit2(new String[] {"--base-url", team.baseUrl().replaceAll("/v1$", ""), "--team-id", team.id()},
                name -> null, "did you mean --base-url " + team.baseUrl() + "?");
        assertOneLineAndExit2(new String[] {"--base-url", "http://127.0.0.1:" + closed + "/v1", "--team-id", team.id()},
                name -> null, "nothing answers at http://127.0.0.1:" + closed + "/v1");
        try (InProcessTeamAuthServer fresh = InProcessTeamAuthServer.start()) {
            TestTeam used = fresh.team();
            used.client(used.disposableMemberKey()).members(used.id()).remove(used.disposableMemberId());
            Map<String, String> environment = Map.of("CONTRACT_ADMIN_KEY", used.adminKey(),
                    "CONTRACT_DISPOSABLE_MEMBER_ID", used.disposableMemberId(), "CONTRACT_DISPOSABLE_MEMBER_KEY", used.disposableMemberKey());
            assertOneLineAndExit2(new String[] {"--base-url", used.baseUrl(), "--team-id", used.id()}, environment::get,
                    "reseed the target, or give another member");
        }
    }

    /** The kit's console for a wrong target: exit 2, one line on the error stream naming the problem, nothing else. */
    private static void assertOneLineAndExit2(String[] args, Function<String, String> environment, String expected) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit;
        try {
            String[] withReports = Arrays.copyOf(args, args.length + 2);
            withReports[args.length] = "--reports";
            withReports[args.length + 1] = "target/preflight-reports";
            exit = ContractTestsMain.run(withReports, environment);
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }

        assertThat(exit).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).hasLineCount(1).startsWith("contract-tests: ").contains(expected);
    }

    private static String userOf(String key) {
        return team.client(key).session().orElseThrow().getUser().getId();
    }
}
