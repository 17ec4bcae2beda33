package example;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.teamauthkit.client.TeamAuthClient;
import io.github.teamauthkit.client.errors.ForbiddenException;
import io.github.teamauthkit.testserver.TeamAuthTestServer;
import io.github.teamauthkit.testserver.TestTeam;
import org.junit.jupiter.api.Test;

@TeamAuthTestServer
class SecretSyncTest {
    @Test
    void membersCannotWriteSecrets(TestTeam team, TeamAuthClient admin) {
        admin.secrets(team.id()).create("HF_TOKEN", "hf_value");
        assertThrows(ForbiddenException.class, () -> team.memberClient().secrets(team.id()).create("X", "v"));
    }
}
