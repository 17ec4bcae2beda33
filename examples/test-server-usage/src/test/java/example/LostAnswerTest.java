package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.teamauthkit.client.TeamAuthClient;
import io.github.teamauthkit.client.errors.ConflictException;
import io.github.teamauthkit.client.errors.ConnectionException;
import io.github.teamauthkit.client.model.Secret;
import io.github.teamauthkit.client.resources.TeamSecretsResource;
import io.github.teamauthkit.reference.fault.Faults;
import io.github.teamauthkit.testserver.TeamAuthTestServer;
import io.github.teamauthkit.testserver.TestTeam;
import org.junit.jupiter.api.Test;

@TeamAuthTestServer
class LostAnswerTest {

    /** The code under test: the client does not repeat a create that may have happened, so this decides. */
    static Secret storeToken(TeamSecretsResource secrets, String name, String value) {
        try {
            return secrets.create(name, value);
        } catch (ConnectionException failed) {
            if (!failed.mayHaveBeenActedOn()) {
                throw failed;
            }
            try {
                return secrets.create(name, value);
            } catch (ConflictException createdTheFirstTime) {
                return secrets.update(name, value);
            }
        }
    }

    @Test
    void aCreateWhoseAnswerWasLostIsStoredOnce(TestTeam team, TeamAuthClient admin, Faults faults) {
        TeamSecretsResource secrets = admin.secrets(team.id());
        faults.on("createTeamSecret").next(1).commitThenDrop();

        Secret stored = storeToken(secrets, "HF_TOKEN", "hf_value");

        assertEquals("HF_TOKEN", stored.getName());
        assertEquals(1, secrets.list().items().size());
    }
}
