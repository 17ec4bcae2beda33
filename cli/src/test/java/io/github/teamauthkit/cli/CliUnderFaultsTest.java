package io.github.teamauthkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.teamauthkit.cli.Cli.Run;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code paperspace} against a server that fails on demand: what the user reads, and the exit code a script sees. */
class CliUnderFaultsTest extends AgainstReferenceServer {

    private Run run(String stdin, String... arguments) throws Exception {
        return cli.runWith(Map.of("PAPERSPACE_API_URL", cli.apiUrl(), "PAPERSPACE_API_KEY", Cli.ALICE), stdin, arguments);
    }

    @Test
    void aCreateWhoseAnswerWasLostSaysItMayHaveHappenedAndExits8() throws Exception {
        cli.faults().on("createTeamSecret").commitThenDrop();
        Run create = run("hf_value\n", "secrets", "create", "HF_TOKEN");
        assertThat(create.exitCode()).as(create.err()).isEqualTo(ExitCodes.OUTCOME_UNKNOWN);
        assertThat(create.err().lines().toList()).singleElement().asString()
                .startsWith("paperspace: the change was sent but its answer was lost (POST ")
                .endsWith("): it may have been made; look (a list or get) before trying again");
        cli.faults().clear();
        assertThat(run(null, "secrets", "get", "HF_TOKEN").exitCode()).isZero();
    }

    @Test
    void aReadWhoseConnectionClosesIsANetworkFailure() throws Exception {
        cli.faults().on("listTeamSecrets").closeBeforeActing();
        Run list = run(null, "secrets", "list");
        assertThat(list.exitCode()).as(list.err()).isEqualTo(ExitCodes.NETWORK);
        assertThat(list.err()).startsWith("paperspace: cannot reach the API (GET ").doesNotContain("\tat ");
    }

    @Test
    void aListAnswered503IsRetriedAfterTheWaitAsked() throws Exception {
        cli.faults().on("listTeamSecrets").next(1).unavailable(Duration.ofSeconds(1));
        Run list = run(null, "secrets", "list");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(cli.faults().rules()).singleElement().extracting(rule -> rule.fired()).isEqualTo(1L);
    }
}
