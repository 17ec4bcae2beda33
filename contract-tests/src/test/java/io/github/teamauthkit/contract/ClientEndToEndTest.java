package io.github.teamauthkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.teamauthkit.client.TeamAuthClient;
import io.github.teamauthkit.client.errors.ConflictException;
import io.github.teamauthkit.client.errors.ForbiddenException;
import io.github.teamauthkit.client.errors.NotFoundException;
import io.github.teamauthkit.client.errors.UnauthorizedException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every call of the hand-written client against the reference server. */
class ClientEndToEndTest {

    private static InProcessReferenceServer server;
    private static ContractTarget target;
    private static TeamAuthClient admin;
    private static TeamAuthClient member;

    @BeforeAll
    static void start() throws Exception {
        server = new InProcessReferenceServer();
        target = server.target();
        admin = client(target.adminKey());
        member = client(target.memberKey());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static TeamAuthClient client(String key) {
        return TeamAuthClient.builder().apiKey(key).baseUrl(target.baseUrl()).build();
    }

    @Test
    void sessionNamesTheTeam() {
        assertThat(admin.session()).hasValueSatisfying(session -> assertThat(session.getTeam().getId()).isEqualTo(target.teamId()));
        assertThatThrownBy(() -> client("ps_unknown").session()).isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void secretRoundTrip() throws Exception {
        String team = target.teamId();
        assertThat(admin.secrets(team).withRawResponse().create("E2E_TOKEN", "e2e-value").status()).isEqualTo(200);
        assertThatThrownBy(() -> admin.secrets(team).create("E2E_TOKEN", "e2e-value")).isInstanceOf(ConflictException.class)
                .hasMessageNotContaining("e2e-value");
        assertThatThrownBy(() -> member.secrets(team).create("E2E_OTHER", "v")).isInstanceOf(ForbiddenException.class);
        assertThat(member.secrets(team).get("E2E_TOKEN").getName()).isEqualTo("E2E_TOKEN");
        assertThat(admin.secrets(team).update("E2E_TOKEN", "e2e-value-2").getName()).isEqualTo("E2E_TOKEN");
        List<String> names = new ArrayList<>();
        admin.async().secrets(team).list().thenCompose(page -> page.forEach(secret -> names.add(secret.getName()))).get();
        assertThat(names).contains("E2E_TOKEN");
        assertThat(admin.secrets(team).withRawResponse().delete("E2E_TOKEN").status()).isEqualTo(200);
        assertThatThrownBy(() -> admin.secrets(team).get("E2E_TOKEN")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void membersCanBeListedPromotedDemotedAndRemoved() {
        String team = target.teamId();
        assertThat(admin.members(team).list().stream().map(member -> member.getUser().getId())).contains("user-admin", "user-member");
        assertThat(admin.members(team).setAdmin("user-member", true).getIsAdmin()).isTrue();
        assertThat(admin.members(team).setAdmin("user-member", false).getIsAdmin()).isFalse();
        assertThatThrownBy(() -> admin.members(team).setAdmin("user-admin", false)).isInstanceOf(ConflictException.class);
        client(target.disposableMemberKey()).members(team).remove(target.disposableMemberId());
        assertThatThrownBy(() -> client(target.disposableMemberKey()).session()).isInstanceOf(UnauthorizedException.class);
    }
}
