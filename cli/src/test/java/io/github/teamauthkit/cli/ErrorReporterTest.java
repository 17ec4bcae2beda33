package io.github.teamauthkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.teamauthkit.client.errors.ApiErrorBody;
import io.github.teamauthkit.client.errors.ConflictException;
import io.github.teamauthkit.client.errors.ConnectionException;
import io.github.teamauthkit.client.errors.NotFoundException;
import io.github.teamauthkit.client.errors.UnexpectedStatusException;
import java.net.http.HttpHeaders;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the server said reaches the terminal without control characters; a drifted server is named as such. */
class ErrorReporterTest {

    private static final HttpHeaders NONE = HttpHeaders.of(Map.of(), (name, value) -> true);

    @Test
    void aServerMessageCannotDriveTheTerminal() {
        ConflictException conflict = new ConflictException(
                new ApiErrorBody("CONF\u001b]0;x\u0007LICT", "exists\u001b[2J\u001b[31m\rnow", Map.of()), NONE);

        assertThat(ErrorReporter.line(conflict, new PaperspaceCommand())).isEqualTo("409 CONF?]0;x?LICT: exists?[2J?[31m?now");
    }

    @Test
    void whatAHostileServerSentCannotDriveTheTerminalOnAnyPath() {
        ConnectionException connection = new ConnectionException("invalid header name: \"X-\u001b[2JEvil\"", false, null);
        NotFoundException reversed = new NotFoundException(new ApiErrorBody("NOT_FOUND", "no secret \u202Etxt.exe\u202C here", Map.of()),
                NONE);

        assertThat(ErrorReporter.line(connection, new PaperspaceCommand())).startsWith("cannot reach the API (invalid header name: "
                + "\"X-?[2JEvil\")");
        assertThat(ErrorReporter.line(reversed, new PaperspaceCommand())).isEqualTo("404 NOT_FOUND: no secret ?txt.exe? here");
        assertThat(Printer.text("a\u2066b\u2069c\u200Fd")).isEqualTo("a?b?c?d");
    }

    @Test
    void aStatusTheContractDoesNotAllowSaysSo() {
        assertThat(ErrorReporter.line(new UnexpectedStatusException("createTeamSecret", 201, null, NONE), new PaperspaceCommand()))
                .isEqualTo("the API answered what its contract does not allow: createTeamSecret answered 201, which the spec does "
                        + "not document for it");
    }
}
