package example;

import io.github.teamauthkit.client.TeamAuthClient;
import io.github.teamauthkit.client.errors.ConflictException;
import io.github.teamauthkit.client.resources.TeamSecretsResource.CreateParams;
import io.github.teamauthkit.client.resources.TeamSecretsResource.UpdateParams;

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
        client.secrets().list().autoPager().forEach(secret -> System.out.println(secret.getName()));
    }

    /** Creates the HF_TOKEN secret of the key's team (secrets(): asked for once), or updates it when it exists. */
    static void storeToken(TeamAuthClient client, String token) {
        try {
            client.secrets().create(CreateParams.builder().name("HF_TOKEN").value(token).build());
        } catch (ConflictException exists) {
            client.secrets().update("HF_TOKEN", UpdateParams.builder().value(token).build());
        }
    }
}
