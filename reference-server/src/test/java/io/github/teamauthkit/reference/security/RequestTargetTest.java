package io.github.teamauthkit.reference.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each way a path can be read twice is refused, and the paths the API describes are not. */
class RequestTargetTest {

    @ParameterizedTest
    @ValueSource(strings = {"/v1/teams/team-acme/users", "/v1/teams/team-acme/users/user-bob", "/v1/auth/session",
        "/v1/teams/team.acme/secrets/HF_TOKEN", "/v1/teams/t~1/users/alice%40acme.test", "/v1/teams/%74eam/users"})
    void aPathWithOneReadingPasses(String path) {
        assertThat(RequestTarget.problem(path)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/v1/teams;x/team-acme/secrets | matrix",
        "/v1/teams;/team-acme/users | matrix",
        "/v1/teams/team-acme/users;x/user-bob | matrix",
        "/v1/teams%3Bx/team-acme/users | encoded",
        "/v1/teams/team-acme%2Fx/secrets | encoded",
        "/v1/teams/team-acme%2fx/secrets | encoded",
        "/v1/teams/team-acme/x/%2E%2E/users | encoded",
        "/v1/teams/team-acme%5Cx/users | encoded",
        "/v1/teams/team-acme%00/users | encoded",
        "/v1/teams/team-acme%25/users | encoded",
        "/v1/teams/team-acme/x/../users | dot segments",
        "/v1/teams/./team-acme/users | dot segments",
        "/v1//teams/team-acme/users | empty path segments",
        "/v1/teams/team-acme/users/ | empty path segments",
        "/v1/teams/team-acme%2/users | percent-escape",
        "/v1/teams/team-acme%zz/users | percent-escape",
        "/v1/teams\\team-acme/users | only letters",
        "/v1/teams/team acme/users | only letters",
        "v1/teams/team-acme/users | must start"})
    void anAmbiguousPathIsRefusedWithItsReason(String path, String reason) {
        assertThat(RequestTarget.problem(path)).hasValueSatisfying(problem -> assertThat(problem).contains(reason));
    }

    @ParameterizedTest
    @ValueSource(ints = {RequestTarget.MAX_SEGMENT_LENGTH + 1, 100_000})
    void anOverlongSegmentIsRefused(int length) {
        assertThat(RequestTarget.problem("/v1/teams/team-acme/secrets/" + "A".repeat(length))).isPresent();
        assertThat(RequestTarget.problem("/v1/teams/team-acme/secrets/" + "A".repeat(RequestTarget.MAX_SEGMENT_LENGTH))).isEmpty();
    }
}
