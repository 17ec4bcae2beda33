package io.github.teamauthkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.teamauthkit.client.api.AuthenticationApi;
import io.github.teamauthkit.client.api.TeamMembersApi;
import io.github.teamauthkit.client.api.TeamSecretsApi;
import io.github.teamauthkit.client.invoker.ApiClient;
import io.github.teamauthkit.client.invoker.ApiResponse;
import io.github.teamauthkit.client.model.Secret;
import io.github.teamauthkit.client.model.SecretCreate;
import io.github.teamauthkit.client.model.SecretUpdate;
import io.github.teamauthkit.client.model.TeamMember;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generated low-level API classes read the spec's responses as the spec means them. */
class GeneratedClientTest {

    private ScriptedHttpServer server;
    private ApiClient apiClient;

    @BeforeEach
    void start() {
        server = new ScriptedHttpServer();
        apiClient = new ApiClient();
        apiClient.updateBaseUri(server.baseUri().toString());
        apiClient.setReadTimeout(Duration.ofSeconds(5));
        apiClient.setConnectTimeout(Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void nullSessionIsNull() throws Exception {
        server.answer("GET /auth/session", 200, "null");

        ApiResponse<?> response = new AuthenticationApi(apiClient).getSessionWithHttpInfo();

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getData()).isNull();
    }

    @Test
    void createdSecretIsParsedFrom201() throws Exception {
        server.answer("POST /teams/t1/secrets", 201, "{\"name\":\"HF_TOKEN\",\"dtCreated\":\"2026-11-02T09:30:00Z\"}");

        ApiResponse<Secret> response = new TeamSecretsApi(apiClient)
                .createTeamSecretWithHttpInfo("t1", new SecretCreate().name("HF_TOKEN").value("v"));

        assertThat(response.getStatusCode()).isEqualTo(201);
        assertThat(response.getData().getName()).isEqualTo("HF_TOKEN");
        assertThat(response.getData().getDtCreated()).isEqualTo(OffsetDateTime.of(2026, 11, 2, 9, 30, 0, 0, ZoneOffset.UTC));
        assertThat(server.requests().get(0).body()).isEqualTo("{\"name\":\"HF_TOKEN\",\"value\":\"v\"}");
    }

    @Test
    void deletesAccept204WithoutBody() throws Exception {
        server.answer("DELETE /teams/t1/secrets/HF_TOKEN", 204, null);
        server.answer("DELETE /teams/t1/users/user-bob", 204, null);

        ApiResponse<Void> secret = new TeamSecretsApi(apiClient).deleteTeamSecretWithHttpInfo("t1", "HF_TOKEN");
        ApiResponse<Void> member = new TeamMembersApi(apiClient).removeTeamMemberWithHttpInfo("t1", "user-bob");

        assertThat(secret.getStatusCode()).isEqualTo(204);
        assertThat(member.getStatusCode()).isEqualTo(204);
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        server.answer("GET /teams/t1/users", 200,
                "[{\"userId\":\"u1\",\"email\":\"a@b.test\",\"isAdmin\":true,\"teamId\":\"t1\",\"since\":\"2020\"}]");

        List<TeamMember> members = new TeamMembersApi(apiClient).listTeamMembers("t1");

        assertThat(members).singleElement().satisfies(m -> assertThat(m.getIsAdmin()).isTrue());
    }

    @Test
    void secretValuesPrintAsStars() {
        assertThat(new SecretCreate().name("N").value("hf_secret_value").toString()).contains("***").doesNotContain("hf_secret_value");
        assertThat(new SecretUpdate().value("hf_secret_value").toString()).contains("***").doesNotContain("hf_secret_value");
    }
}
