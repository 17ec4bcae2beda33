package io.github.teamauthkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An answer the spec does not allow is one line naming what is wrong, with the API error's exit code. */
class UndocumentedAnswersTest {

    /** The spec's example of a session, without the team it requires. */
    private static final String SESSION_WITHOUT_TEAM = "{\"user\":{\"analyticsId\":48151623,\"dtConfirmed\":\"2026-11-01T08:00:00Z\","
            + "\"dtCreated\":\"2026-11-01T08:00:00Z\",\"email\":\"alice@acme.test\",\"firstName\":\"Alice\",\"id\":\"user-alice\","
            + "\"isPasswordAuthEnabled\":false,\"isPhoneVerified\":false,\"isQrCodeBasedMfaConfirmed\":false,"
            + "\"isQrCodeBasedMfaEnabled\":false,\"lastName\":\"Admin\",\"metadata\":{},\"teamMemberships\":[]}}";

    @TempDir
    Path work;

    @Test
    void aSessionWithoutItsTeamIsOneLineNamingIt() throws Exception {
        HttpServer server = CannedApi.answering("/v1/auth/session", SESSION_WITHOUT_TEAM);
        try (Cli cli = new Cli(work, CannedApi.baseUrl(server))) {
            Cli.Run run = cli.run(null, "--api-key", Cli.ALICE, "secrets", "list");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.API_ERROR);
            assertThat(run.err().lines()).as("stderr").singleElement().asString()
                    .startsWith("paperspace: the API answered what its contract does not allow: ")
                    .contains("at /team a required value is missing or null");
        } finally {
            server.stop(0);
        }
    }

    /** A hostile server's strings reach the terminal as text: escape sequences and bidi controls in a table cell too. */
    @Test
    void aHostileServersTableCellsReachTheTerminalEscaped() throws Exception {
        HttpServer server = CannedApi.answering("/v1/teams/acme/secrets", "{\"hasMore\":false,\"items\":[{\"name\":"
                + "\"EVIL\\u001b[2J\\u001b]0;owned\\u0007\\u202eEMAN\",\"dtCreated\":\"2026-11-02T09:30:00Z\","
                + "\"dtModified\":\"2026-11-02T09:30:00Z\",\"hasDeploymentAttached\":false}]}");
        try (Cli cli = new Cli(work, CannedApi.baseUrl(server))) {
            Cli.Run run = cli.run(null, "--api-key", Cli.ALICE, "secrets", "list", "--team", "acme");

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("EVIL").doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202e");
        } finally {
            server.stop(0);
        }
    }
}
