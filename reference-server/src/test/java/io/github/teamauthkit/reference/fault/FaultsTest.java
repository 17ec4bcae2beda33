package io.github.teamauthkit.reference.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.teamauthkit.reference.impl.AuthenticationApiImpl;
import io.github.teamauthkit.reference.impl.TeamMembersApiImpl;
import io.github.teamauthkit.reference.impl.TeamSecretsApiImpl;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How a plan's rules combine on one request; the faults on the wire are {@code reference.FaultsTest}'s. */
class FaultsTest {

    private final Faults faults = new Faults(AuthenticationApiImpl.class, TeamMembersApiImpl.class, TeamSecretsApiImpl.class);

    @Test
    void latenciesAddUpAndTheFirstOtherFaultEndsTheRequest() {
        faults.on("getSession").latency(Duration.ofMillis(10));
        FaultRule first = faults.onEveryOperation().next(1).internalError();
        FaultRule second = faults.on("getSession").next(1).commitThenDrop();
        FaultRule laterLatency = faults.onEveryOperation().latency(Duration.ofMillis(5));

        Faults.Decision decision = faults.decide("getSession");

        assertThat(decision.delay()).isEqualTo(Duration.ofMillis(15));
        assertThat(decision.fault()).containsInstanceOf(Fault.ErrorAnswer.class);
        assertThat(second.fired()).as("not asked once the request was ended").isZero();
        assertThat(faults.decide("getSession").fault()).contains(new BrokenAnswer(BrokenAnswer.Kind.COMMIT_THEN_DROP, Duration.ZERO));
        assertThat(faults.decide("getSession").fault()).isEmpty();
        assertThat(first.fired() + second.fired() + laterLatency.fired()).isEqualTo(1 + 1 + 3);
    }

    @Test
    void aRuleForOtherOperationsLeavesTheRequestAlone() {
        FaultRule rule = faults.on("createTeamSecret", "deleteTeamSecret").internalError();
        assertThat(faults.decide("getTeamSecret").fault()).isEmpty();
        assertThat(faults.decide("deleteTeamSecret").fault()).isPresent();
        assertThat(rule.fired()).isEqualTo(1);
    }

    @Test
    void aLatencyBetweenTwoTimesIsDrawnFromTheSeed() {
        faults.seed(11).on("getSession").latency(Duration.ofMillis(100), Duration.ofMillis(200));
        Duration first = faults.decide("getSession").delay();
        Duration second = faults.decide("getSession").delay();
        assertThat(first).isBetween(Duration.ofMillis(100), Duration.ofMillis(200)).isNotEqualTo(second);
        faults.clear();
        faults.seed(11).on("getSession").latency(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(faults.decide("getSession").delay()).isEqualTo(first);
    }

    @Test
    void nonsenseIsRefusedWhenTheRuleIsWritten() {
        assertThatThrownBy(() -> faults.on()).hasMessageContaining("onEveryOperation()");
        assertThatThrownBy(() -> faults.onEveryOperation().next(0)).hasMessageContaining("1 or more");
        assertThatThrownBy(() -> faults.onEveryOperation().fraction(0)).hasMessageContaining("more than 0");
        assertThatThrownBy(() -> faults.onEveryOperation().throttle(Duration.ofMillis(1500))).hasMessageContaining("whole seconds");
        assertThatThrownBy(() -> faults.onEveryOperation().latency(Duration.ofMillis(2), Duration.ofMillis(1))).hasMessageContaining("min <= max");
        assertThat(faults.isEmpty()).isTrue();
    }
}
