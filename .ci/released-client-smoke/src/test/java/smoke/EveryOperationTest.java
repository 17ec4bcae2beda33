package smoke;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.teamauthkit.client.TeamAuthClient;
import io.github.teamauthkit.client.errors.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every operation, called with the released client against the server of this build (seeded with the reference
 * server's test fixture): a change that breaks released clients fails here, naming the operation, even where the
 * spec's diff saw nothing (nullability, a field no longer sent, a status).
 */
class EveryOperationTest {

    private static final String TEAM = "team-acme";

    private final TeamAuthClient admin = client("acme-alice-key-0001");

    @Test
    void everyOperationWorksAsTheReleasedClientExpects() {
        assertAll(
                operation("getSession", () -> assertEquals(TEAM, admin.session().orElseThrow().getTeam().getId())),
                operation("listTeamMembers", () -> assertFalse(admin.members(TEAM).list().items().isEmpty())),
                operation("updateTeamMember", () -> assertTrue(admin.members(TEAM).setAdmin("user-alice", true).getIsAdmin())),
                operation("createTeamSecret", () -> assertEquals("SMOKE_TOKEN", admin.secrets(TEAM).create("SMOKE_TOKEN", "v1").getName())),
                operation("listTeamSecrets", () -> assertTrue(admin.secrets(TEAM).list().items().stream()
                        .anyMatch(secret -> secret.getName().equals("SMOKE_TOKEN")))),
                operation("getTeamSecret", () -> assertEquals("SMOKE_TOKEN", admin.secrets(TEAM).get("SMOKE_TOKEN").getName())),
                operation("updateTeamSecret", () -> assertEquals("SMOKE_TOKEN", admin.secrets(TEAM).update("SMOKE_TOKEN", "v2").getName())),
                operation("deleteTeamSecret", () -> assertEquals("SMOKE_TOKEN", admin.secrets(TEAM).delete("SMOKE_TOKEN").getName())),
                operation("getTeamSecret after delete", () -> assertThrowsNotFound(() -> admin.secrets(TEAM).get("SMOKE_TOKEN"))),
                operation("removeTeamMember", () -> assertFalse(admin.members(TEAM).remove("user-bob").getIsAdmin())));
    }

    private static Executable operation(String name, Executable call) {
        return () -> {
            try {
                call.execute();
            } catch (Throwable failure) {
                throw new AssertionError(name + " broke the released client: " + failure, failure);
            }
        };
    }

    private static void assertThrowsNotFound(Executable call) throws Throwable {
        try {
            call.execute();
        } catch (NotFoundException expected) {
            return;
        }
        throw new AssertionError("expected 404 NOT_FOUND");
    }

    private static TeamAuthClient client(String key) {
        return TeamAuthClient.builder().apiKey(key).baseUrl(System.getProperty("smoke.url")).maxRetries(0).build();
    }
}
