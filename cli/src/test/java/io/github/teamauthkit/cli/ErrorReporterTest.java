package io.github.teamauthkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.teamauthkit.client.errors.ApiErrorBody;
import io.github.teamauthkit.client.errors.ConflictException;
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
    void aStatusTheContractDoesNotAllowSaysSo() {
        assertThat(ErrorReporter.line(new UnexpectedStatusException("createTeamSecret", 201, null, NONE), new PaperspaceCommand()))
                .isEqualTo("the API answered what its contract does not allow: createTeamSecret answered 201, which the spec does "
                        + "not document for it");
    }
}
