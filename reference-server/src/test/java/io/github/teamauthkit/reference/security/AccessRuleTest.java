package io.github.teamauthkit.reference.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.teamauthkit.reference.store.KeyHolder;
import io.github.teamauthkit.server.api.AuthenticationApi;
import io.github.teamauthkit.server.api.TeamMembersApi;
import io.github.teamauthkit.server.api.TeamSecretsApi;
import io.github.teamauthkit.server.runtime.AccessRule;
import io.github.teamauthkit.server.runtime.SpecAnnotations;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The spec's rules as the access filter reads them from the generated interfaces, applied to path
 * parameters as the resource receives them (already decoded).
 */
class AccessRuleTest {

    private static final KeyHolder ADMIN = new KeyHolder("k1", "team-acme", "acme", "user-alice", true);
    private static final KeyHolder MEMBER = new KeyHolder("k2", "team-acme", "acme", "user-bob", false);

    @Test
    void everyGeneratedOperationCarriesARule() {
        assertThat(Stream.of(AuthenticationApi.class, TeamMembersApi.class, TeamSecretsApi.class)
                .flatMap(api -> Arrays.stream(api.getMethods())))
                .isNotEmpty()
                .allSatisfy(method -> assertThat(SpecAnnotations.find(method.getDeclaringClass(), method, AccessRule.class))
                        .as(method.getName()).isPresent());
    }

    @Test
    void theTeamIsTheDecodedPathParameterNotAPrefixOfThePath() {
        AccessRule create = rule(TeamSecretsApi.class, "createTeamSecret");
        assertThat(AccessFilter.refusal(create, params(Map.of("id", "team-acme/x")), ADMIN)).hasValue("The API key belongs to another team.");
        assertThat(AccessFilter.refusal(create, params(Map.of("id", "team-acme")), ADMIN)).isEmpty();
        assertThat(AccessFilter.refusal(create, params(Map.of()), ADMIN)).isPresent();
    }

    @Test
    void aMemberMayReadButNotWriteNorPromoteItself() {
        assertThat(AccessFilter.refusal(rule(TeamSecretsApi.class, "listTeamSecrets"), params(Map.of("id", "team-acme")), MEMBER))
                .isEmpty();
        assertThat(AccessFilter.refusal(rule(TeamMembersApi.class, "updateTeamMember"),
                params(Map.of("teamId", "team-acme", "userId", "user-bob")), MEMBER)).hasValue("Only team admins may do this.");
    }

    @Test
    void aMemberMayRemoveOnlyItself() {
        AccessRule remove = rule(TeamMembersApi.class, "removeTeamMember");
        assertThat(AccessFilter.refusal(remove, params(Map.of("teamId", "team-acme", "userId", "user-bob")), MEMBER)).isEmpty();
        assertThat(AccessFilter.refusal(remove, params(Map.of("teamId", "team-acme", "userId", "user-alice")), MEMBER))
                .isPresent();
    }

    private static AccessRule rule(Class<?> api, String operation) {
        return Arrays.stream(api.getMethods()).filter(m -> m.getName().equals(operation)).findFirst()
                .map(m -> m.getAnnotation(AccessRule.class)).orElseThrow();
    }

    private static MultivaluedHashMap<String, String> params(Map<String, String> values) {
        MultivaluedHashMap<String, String> map = new MultivaluedHashMap<>();
        values.forEach(map::putSingle);
        return map;
    }
}
