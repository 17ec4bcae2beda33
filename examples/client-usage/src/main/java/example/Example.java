package example;

import io.github.teamauthkit.client.TeamAuthClient;
import io.github.teamauthkit.client.errors.ConflictException;

public class Example {
    public static void main(String[] args) {
        TeamAuthClient client = TeamAuthClient.fromEnv(); // PAPERSPACE_API_KEY, or the key `paperspace login` kept
        String token = System.getenv("HF_TOKEN");
        if (token == null) {
            System.err.println("Set HF_TOKEN to the value to store.");
            System.exit(2);
        }
        storeToken(client, token);
        // Every secret, newest first: autoPager() fetches the further pages as the walk reaches them.
        String team = client.session().orElseThrow().getTeam().getId();
        client.secrets(team).list().autoPager().forEach(secret -> System.out.println(secret.getName()));
    }

    /** Creates the team's HF_TOKEN secret, or updates it when it exists. */
    static void storeToken(TeamAuthClient client, String token) {
        String team = client.session().orElseThrow().getTeam().getId();
        try {
            client.secrets(team).create("HF_TOKEN", token);
        } catch (ConflictException exists) {
            client.secrets(team).update("HF_TOKEN", token);
        }
    }
}
