package io.github.teamauthkit.reference.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.teamauthkit.reference.impl.AuthenticationApiImpl;
import io.github.teamauthkit.reference.impl.TeamMembersApiImpl;
import io.github.teamauthkit.reference.impl.TeamSecretsApiImpl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FaultProfileTest {

    @TempDir
    Path dir;

    private final Faults faults = new Faults(AuthenticationApiImpl.class, TeamMembersApiImpl.class, TeamSecretsApiImpl.class);

    @Test
    void everyFaultOfTheProfileBecomesARuleInOrder() throws Exception {
        Path file = write("""
                {"seed": 42, "faults": [
                  {"operations": ["createTeamSecret"], "next": 1, "fault": "commit-then-drop"},
                  {"operations": "*", "fraction": 0.25, "fault": "unavailable", "retryAfterSeconds": 2},
                  {"operations": ["listTeamSecrets", "listTeamMembers"], "fault": "latency", "millis": [50, 400]},
                  {"operations": ["getTeamSecret"], "fault": "slow-body", "millis": 2000},
                  {"operations": ["getSession"], "fault": "throttle"},
                  {"operations": ["deleteTeamSecret"], "fault": "internal-error"},
                  {"operations": ["updateTeamSecret"], "fault": "commit-then-cut"},
                  {"operations": ["removeTeamMember"], "fault": "close-before-acting"}]}
                """);
        assertThat(FaultProfile.apply(file, faults, OptionalLong.empty())).isEqualTo(42);
        assertThat(faults.rules()).map(FaultRule::toString).containsExactly(
                "createTeamSecret, next 1: commit-then-drop",
                "every operation, fraction 0.25 of requests: 503 with Retry-After 2 s",
                "listTeamMembers, listTeamSecrets, every request: latency 50-400 ms",
                "getTeamSecret, every request: slow-body over 2000 ms",
                "getSession, every request: 429 with Retry-After 1 s",
                "deleteTeamSecret, every request: 500",
                "updateTeamSecret, every request: commit-then-cut",
                "removeTeamMember, every request: close-before-acting");
    }

    @Test
    void theSeedGivenWinsOverTheFiles() throws Exception {
        Path file = write("{\"seed\": 42, \"faults\": []}");
        assertThat(FaultProfile.apply(file, faults, OptionalLong.of(7))).isEqualTo(7);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"faults\": {}} | /faults must be an array of fault rules",
            "{\"seed\": \"x\", \"faults\": []} | /seed is not a whole number",
            "{\"faults\": [], \"extra\": 1} | /extra is not a key of a fault profile here; the keys: faults, seed",
            "{\"faults\": [{\"operations\": [\"nope\"], \"fault\": \"internal-error\"}]} | /faults/0/operations/0 is not an operation of the spec",
            "{\"faults\": [{\"operations\": [], \"fault\": \"internal-error\"}]} | /faults/0/operations must be \"*\" or a non-empty array",
            "{\"faults\": [{\"operations\": \"*\", \"fault\": \"explode\"}]} | /faults/0/fault must be one of close-before-acting, commit-then-cut",
            "{\"faults\": [{\"operations\": \"*\", \"fault\": \"latency\"}]} | /faults/0 needs millis for latency",
            "{\"faults\": [{\"operations\": \"*\", \"fault\": \"latency\", \"millis\": [5, 1]}]} | /faults/0/millis has a max below its min",
            "{\"faults\": [{\"operations\": \"*\", \"fault\": \"latency\", \"millis\": -1}]} | /faults/0/millis must be a whole number, 0 or more",
            "{\"faults\": [{\"operations\": \"*\", \"fault\": \"internal-error\", \"millis\": 1}]} | /faults/0/millis is not used by internal-error",
            "{\"faults\": [{\"operations\": \"*\", \"fault\": \"internal-error\", \"retryAfterSeconds\": 1}]} | /faults/0/retryAfterSeconds is not used by internal-error",
            "{\"faults\": [{\"operations\": \"*\", \"next\": 0, \"fault\": \"internal-error\"}]} | /faults/0/next must be a whole number, 1 or more",
            "{\"faults\": [{\"operations\": \"*\", \"fraction\": 1.5, \"fault\": \"internal-error\"}]} | /faults/0/fraction must be a number more than 0 and at most 1",
            "{\"faults\": [{\"operations\": \"*\", \"next\": 1, \"fraction\": 0.5, \"fault\": \"internal-error\"}]} | /faults/0 has both next and fraction",
            "{\"faults\": [{\"operations\": \"*\", \"fault\": \"internal-error\", \"fault\": \"latency\"}]} | not JSON (line 1, column",
    })
    void aMistakeIsNamedByFileAndPointerAndAddsNoRule(String profile, String expected) throws Exception {
        Path file = write("{\"faults\": [{\"operations\": \"*\", \"fault\": \"internal-error\"}]}");
        FaultProfile.apply(file, faults, OptionalLong.empty());
        Path wrong = write(profile);
        assertThatThrownBy(() -> FaultProfile.apply(wrong, faults, OptionalLong.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(wrong + ": ").hasMessageContaining(expected);
        assertThat(faults.rules()).hasSize(1);
    }

    @Test
    void aMistakeInALaterRuleLeavesTheEarlierOnesOut() throws Exception {
        Path file = write("{\"faults\": [{\"operations\": \"*\", \"fault\": \"internal-error\"}, {\"operations\": \"*\", \"fault\": \"x\"}]}");
        assertThatThrownBy(() -> FaultProfile.apply(file, faults, OptionalLong.empty())).hasMessageContaining("/faults/1/fault");
        assertThat(faults.isEmpty()).isTrue();
    }

    private Path write(String json) throws Exception {
        return Files.writeString(Files.createTempFile(dir, "faults", ".json"), json);
    }
}
