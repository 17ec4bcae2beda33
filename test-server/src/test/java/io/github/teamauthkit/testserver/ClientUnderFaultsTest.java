package io.github.teamauthkit.testserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.teamauthkit.client.TeamAuthClient;
import io.github.teamauthkit.client.errors.ConnectionException;
import io.github.teamauthkit.client.errors.NotFoundException;
import io.github.teamauthkit.client.errors.RateLimitedException;
import io.github.teamauthkit.client.errors.ServerException;
import io.github.teamauthkit.client.model.Secret;
import io.github.teamauthkit.client.resources.TeamSecretsResource;
import io.github.teamauthkit.reference.fault.FaultRule;
import io.github.teamauthkit.reference.fault.FaultTarget;
import io.github.teamauthkit.reference.fault.Faults;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client's retries and paging against a server that fails on demand: what is safe to repeat is repeated, what may
 * have been acted on is not, {@code Retry-After} is waited for, and a walk of pages goes on past a failed page.
 */
@TeamAuthTestServer(freshPerTest = true)
class ClientUnderFaultsTest {

    private TeamAuthClient client;
    private TeamSecretsResource secrets;

    @BeforeEach
    void client(TestTeam team) {
        // Short backoffs: the waits under test are the server's Retry-After, not the client's own.
        client = TeamAuthClient.builder().baseUrl(team.baseUrl()).apiKey(team.adminKey())
                .retryBaseDelay(Duration.ofMillis(20)).maxRetryDelay(Duration.ofSeconds(5)).build();
        secrets = client.secrets(team.id());
    }

    @Test
    void aReadIsRetriedPastA503OrA429AfterTheRetryAfterItGave(Faults faults) {
        List<Function<FaultTarget, FaultRule>> answers = List.of(target -> target.unavailable(Duration.ofSeconds(1)),
                target -> target.throttle(Duration.ofSeconds(1)));
        for (Function<FaultTarget, FaultRule> answer : answers) {
            FaultRule rule = answer.apply(faults.on("listTeamSecrets").next(1));
            long start = System.nanoTime();
            secrets.list();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as(rule.toString()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
            assertThat(rule.fired()).as(rule.toString()).isEqualTo(1);
        }
    }

    @Test
    void aRetryAfterLongerThanTheClientWaitsEndsTheCall(Faults faults) {
        FaultRule throttled = faults.on("listTeamSecrets").throttle(Duration.ofHours(1));
        assertThatThrownBy(secrets::list).isInstanceOf(RateLimitedException.class);
        assertThat(throttled.fired()).isEqualTo(1);
    }

    @Test
    void aReadWhoseAnswerWasLostOrCutIsRetried(Faults faults) {
        secrets.create("READ_ME", "v");
        FaultRule dropped = faults.on("getTeamSecret").next(1).commitThenDrop();
        FaultRule cut = faults.on("getTeamSecret").next(1).commitThenCut();
        assertThat(secrets.get("READ_ME").getName()).isEqualTo("READ_ME");
        assertThat(dropped.fired() + cut.fired()).isEqualTo(2);
    }

    @Test
    void anUpdateWhoseAnswerWasCutIsRetriedAndHoldsTheValue(Faults faults) {
        secrets.create("UPDATE_ME", "old");
        FaultRule cut = faults.on("updateTeamSecret").next(1).commitThenCut();
        assertThat(secrets.update("UPDATE_ME", "new").getName()).isEqualTo("UPDATE_ME");
        assertThat(cut.fired()).isEqualTo(1);
    }

    @Test
    void aCreateWhoseAnswerWasLostIsNotRepeatedAndHappened(Faults faults) {
        FaultRule dropped = faults.on("createTeamSecret").commitThenDrop();
        assertThatThrownBy(() -> secrets.create("MAYBE", "v")).isInstanceOfSatisfying(ConnectionException.class,
                lost -> assertThat(lost.mayHaveBeenActedOn()).isTrue());
        assertThat(dropped.fired()).isEqualTo(1);
        faults.clear();
        assertThat(secrets.get("MAYBE").getName()).isEqualTo("MAYBE");
    }

    @Test
    void aCreateClosedBeforeActingIsNotRepeatedEitherAndDidNotHappen(Faults faults) {
        FaultRule closed = faults.on("createTeamSecret").closeBeforeActing();
        // The client cannot tell a close before acting from one after: it says the create may have happened.
        assertThatThrownBy(() -> secrets.create("NEVER", "v")).isInstanceOfSatisfying(ConnectionException.class,
                lost -> assertThat(lost.mayHaveBeenActedOn()).isTrue());
        assertThat(closed.fired()).isEqualTo(1);
        faults.clear();
        assertThatThrownBy(() -> secrets.get("NEVER")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCreateThatNeverLeftOrAReadThatFailedWasNotActedOn(TestTeam team, Faults faults) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        TeamAuthClient nowhere = TeamAuthClient.builder().baseUrl("http://127.0.0.1:" + closedPort + "/v1").apiKey(team.adminKey())
                .maxRetries(0).build();
        assertThatThrownBy(() -> nowhere.secrets(team.id()).create("NOWHERE", "v")).isInstanceOfSatisfying(ConnectionException.class,
                refused -> assertThat(refused.mayHaveBeenActedOn()).isFalse());
        faults.on("listTeamSecrets").closeBeforeActing();
        assertThatThrownBy(secrets::list).isInstanceOfSatisfying(ConnectionException.class,
                lost -> assertThat(lost.mayHaveBeenActedOn()).isFalse());
    }

    @Test
    void aCreateAnswered503IsNotRepeated(Faults faults) {
        FaultRule unavailable = faults.on("createTeamSecret").unavailable(Duration.ZERO);
        assertThatThrownBy(() -> secrets.create("NOT_REPEATED", "v")).isInstanceOf(ServerException.class);
        assertThat(unavailable.fired()).isEqualTo(1);
    }

    @Test
    void theAutoPagerGoesOnPastA503MidWalk(Faults faults) {
        for (int i = 0; i < 25; i++) {
            secrets.create(String.format("PAGED_%02d", i), "v");
        }
        Iterator<Secret> walk = secrets.list(TeamSecretsResource.ListParams.builder().limit(10).build()).autoPager().iterator();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            names.add(walk.next().getName());
        }
        FaultRule unavailable = faults.on("listTeamSecrets").next(1).unavailable(Duration.ZERO);
        walk.forEachRemaining(secret -> names.add(secret.getName()));
        assertThat(names).hasSize(25).doesNotHaveDuplicates();
        assertThat(unavailable.fired()).isEqualTo(1);
    }

    @Test
    void aSlowBodyIsReadWhole(Faults faults) {
        secrets.create("SLOW", "v");
        faults.on("getTeamSecret").slowBody(Duration.ofMillis(300));
        long start = System.nanoTime();
        assertThat(secrets.get("SLOW").getName()).isEqualTo("SLOW");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void latencyPastTheRequestTimeoutFailsTheCallNamingTheTimeout(TestTeam team, Faults faults) {
        TeamAuthClient impatient = TeamAuthClient.builder().baseUrl(team.baseUrl()).apiKey(team.adminKey())
                .requestTimeout(Duration.ofMillis(200)).maxRetries(0).build();
        faults.on("getSession").latency(Duration.ofMillis(1000));
        assertThatThrownBy(impatient::session).isInstanceOf(ConnectionException.class).hasMessageContaining("timed out after 200 ms");
    }
}
