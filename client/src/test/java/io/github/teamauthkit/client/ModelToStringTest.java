package io.github.teamauthkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.teamauthkit.client.model.Secret;
import io.github.teamauthkit.client.model.SecretCreate;
import io.github.teamauthkit.client.model.Session;
import org.junit.jupiter.api.Test;

/** Models print on one line, as records do, so a logged model is one log line; a secret's value never prints. */
class ModelToStringTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void aModelIsOneLineWithItsFields() throws Exception {
        Secret secret = JSON.readValue("{\"name\":\"HF_TOKEN\",\"dtCreated\":\"2026-12-06T10:00:00Z\","
                + "\"dtModified\":\"2026-12-06T10:00:00Z\",\"hasDeploymentAttached\":false}", Secret.class);

        // The fields are the spec's: a new one prints too, and must not break this.
        assertThat(secret.toString()).startsWith("Secret{").endsWith("}").doesNotContain("\n").contains("name=HF_TOKEN")
                .contains("dtCreated=2026-12-06T10:00Z").contains("dtModified=2026-12-06T10:00Z").contains("hasDeploymentAttached=false");
    }

    @Test
    void nestedModelsStayOnTheLine() throws Exception {
        Session session = JSON.readValue("{\"user\":{\"id\":\"user-alice\",\"email\":\"alice@acme.test\"},"
                + "\"team\":{\"id\":\"team-acme\",\"namespace\":\"acme\"}}", Session.class);

        assertThat(session.toString()).doesNotContain("\n").startsWith("Session{").contains("id=user-alice").contains("namespace=acme");
    }

    @Test
    void aValueToSendPrintsAsStars() {
        SecretCreate create = new SecretCreate().name("HF_TOKEN").value("hf_s3cr3t");

        assertThat(create.toString()).isEqualTo("SecretCreate{name=HF_TOKEN, value=***}");
    }
}
