package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.teamauthkit.client.TeamAuthClient;
import io.github.teamauthkit.testserver.TeamAuthTestServer;
import io.github.teamauthkit.testserver.TestTeam;
import org.junit.jupiter.api.Test;

@TeamAuthTestServer
class ExampleTest {

    @Test
    void storingTwiceCreatesThenUpdates(TestTeam team, TeamAuthClient admin) {
        Example.storeToken(admin, "first");
        Example.storeToken(admin, "second");

        assertEquals(1, admin.secrets(team.id()).list().items().stream().filter(s -> s.getName().equals("HF_TOKEN")).count());
    }
}
