package io.github.teamauthkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.teamauthkit.cli.Cli.Run;
import io.github.teamauthkit.client.Page;
import io.github.teamauthkit.client.TeamAuthClient;
import io.github.teamauthkit.client.model.MembershipStatus;
import io.github.teamauthkit.client.model.Secret;
import io.github.teamauthkit.client.model.Session;
import io.github.teamauthkit.client.model.TeamMember;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/**
 * Our client and CLI against an independent rendering of Paperspace's own API: Stoplight Prism
 * mocking a hand transcription of the official shapes ({@code interop/paperspace-v1-official.yml},
 * not generated from our spec). Prism refuses any request that breaks that document, so each call
 * passing means we send what Paperspace accepts and read what it answers.
 */
class OfficialApiInteropTest {

    private static final String KEY = "ps_interop_key_never_printed";
    private static final String TEAM = "tz8n1pdq5";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static PrismMock prism;
    private static TeamAuthClient client;

    @TempDir
    Path work;

    /** Why the tests cannot run here (no Prism), or null. */
    private static String unavailable;

    @BeforeAll
    static void start() throws Exception {
        try {
            prism = PrismMock.start(official());
        } catch (TestAbortedException missing) {
            // Skipped test by test, so the report shows each as skipped with the reason (an aborted class shows 0 tests).
            unavailable = missing.getMessage();
            return;
        }
        client = TeamAuthClient.builder().apiKey(KEY).baseUrl(prism.baseUrl()).maxRetries(0).build();
    }

    @BeforeEach
    void requirePrism() {
        Assumptions.assumeTrue(unavailable == null, () -> unavailable);
    }

    @AfterAll
    static void stop() throws Exception {
        if (prism != null) {
            prism.close();
        }
    }

    private static Path official() throws URISyntaxException {
        return Path.of(OfficialApiInteropTest.class.getResource("/interop/paperspace-v1-official.yml").toURI());
    }

    @Test
    void everyOperationWorksThroughTheClient() {
        Session session = client.session().orElseThrow();
        assertThat(session.getTeam().getNamespace()).isEqualTo("acme-ml");
        assertThat(session.getUser().getLastName()).isNull();
        assertThat(session.getUser().getTeamMemberships()).singleElement()
                .satisfies(membership -> assertThat(membership.getTeam().getName()).isEqualTo("Acme ML"));

        Page<TeamMember> members = client.members(TEAM).list();
        assertThat(members.items()).extracting(member -> member.getUser().getEmail())
                .containsExactly("ada@acme.example", "grace@acme.example");
        assertThat(members.hasMore()).isTrue();
        assertThat(members.nextCursor()).hasValue("Y3Vyc29yLTI");
        MembershipStatus promoted = client.members(TEAM).setAdmin("ub7x0c9de", true);
        assertThat(promoted.getIsAdmin()).isTrue();
        assertThat(client.members(TEAM).remove("ub7x0c9de").getDtDeleted()).isNotNull();

        Page<Secret> secrets = client.secrets(TEAM).list();
        assertThat(secrets.items()).singleElement().satisfies(secret -> {
            assertThat(secret.getName()).isEqualTo("HF_TOKEN");
            assertThat(secret.getHasDeploymentAttached()).isTrue();
        });
        assertThat(secrets.hasMore()).isFalse();
        assertThat(client.secrets(TEAM).create("HF_TOKEN", "hf_interop_value").getDtModified()).isNotNull();
        assertThat(client.secrets(TEAM).get("HF_TOKEN").getDtModified()).isNotNull();
        assertThat(client.secrets(TEAM).update("HF_TOKEN", "hf_interop_value_2").getName()).isEqualTo("HF_TOKEN");
        assertThat(client.secrets(TEAM).delete("HF_TOKEN").getName()).isEqualTo("HF_TOKEN");
    }

    @Test
    void everyOperationWorksThroughTheCli() throws Exception {
        try (Cli cli = new Cli(work, prism.baseUrl())) {
            Map<String, String> env = Map.of("PAPERSPACE_API_URL", prism.baseUrl(), "PAPERSPACE_API_KEY", KEY);

            JsonNode session = json(cli.runWith(env, null, "session", "--json"));
            assertThat(session.at("/team/id").asText()).isEqualTo(TEAM);
            assertThat(json(cli.runWith(env, null, "members", "list", "--team", TEAM, "--json")).path("items")).hasSize(2);
            assertThat(json(cli.runWith(env, null, "members", "set-admin", "ub7x0c9de", "--admin=true", "--team", TEAM, "--json"))
                    .path("isAdmin").asBoolean()).isTrue();
            assertThat(json(cli.runWith(env, null, "members", "remove", "ub7x0c9de", "--yes", "--team", TEAM, "--json"))
                    .path("removed").asText()).isEqualTo("ub7x0c9de");
            assertThat(json(cli.runWith(env, null, "secrets", "list", "--team", TEAM, "--json")).at("/items/0/name").asText())
                    .isEqualTo("HF_TOKEN");
            assertThat(json(cli.runWith(env, "hf_interop_value", "secrets", "create", "HF_TOKEN", "--team", TEAM, "--json"))
                    .path("name").asText()).isEqualTo("HF_TOKEN");
            assertThat(json(cli.runWith(env, null, "secrets", "get", "HF_TOKEN", "--team", TEAM, "--json")).path("name").asText())
                    .isEqualTo("HF_TOKEN");
            assertThat(json(cli.runWith(env, "hf_interop_value_2", "secrets", "update", "HF_TOKEN", "--team", TEAM, "--json"))
                    .path("name").asText()).isEqualTo("HF_TOKEN");
            assertThat(json(cli.runWith(env, null, "secrets", "delete", "HF_TOKEN", "--yes", "--team", TEAM, "--json"))
                    .path("deleted").asText()).isEqualTo("HF_TOKEN");
            Run table = cli.runWith(env, null, "members", "list", "--team", TEAM);
            assertThat(table.out()).contains("grace@acme.example");
            assertThat(table.err()).contains("--after Y3Vyc29yLTI");
        }
    }

    private static JsonNode json(Run run) throws Exception {
        assertThat(run.exitCode()).as("exit code; stderr: %s", run.err()).isZero();
        assertThat(run.out() + run.err()).doesNotContain(KEY).doesNotContain("hf_interop_value");
        return JSON.readTree(run.out());
    }
}
