package io.github.teamauthkit.testserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.teamauthkit.client.TeamAuthClient;
import io.github.teamauthkit.client.errors.ConflictException;
import io.github.teamauthkit.client.errors.ConnectionException;
import io.github.teamauthkit.client.errors.ForbiddenException;
import io.github.teamauthkit.client.model.Secret;
import io.github.teamauthkit.reference.fault.Faults;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.EventConditions;
import org.junit.platform.testkit.engine.Events;
import org.junit.platform.testkit.engine.TestExecutionResultConditions;

/** The extension as a client user meets it: a working API with its rules, per class or per test. */
@TeamAuthTestServer
class TeamAuthTestServerTest {

    @Test
    void theAdminClientWorksAndTheRulesHold(TestTeam team, TeamAuthClient admin) {
        admin.secrets(team.id()).create("HF_TOKEN", "hf_value");

        assertThat(team.memberClient().secrets(team.id()).list().items()).extracting(Secret::getName).contains("HF_TOKEN");
        assertThatThrownBy(() -> team.memberClient().secrets(team.id()).create("MEMBER_TOKEN", "v"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> team.client(team.otherTeamAdminKey()).secrets(team.id()).list())
                .isInstanceOf(ForbiddenException.class);
        assertThat(admin.session().orElseThrow().getUser().getId()).isEqualTo("user-admin");
    }

    @Test
    void aTestThatBreaksARuleOfTheApiFails() {
        Events events = run(SampleMemberCreatesASecret.class);

        events.assertThatEvents().haveExactly(1, EventConditions.event(EventConditions.finishedWithFailure(
                TestExecutionResultConditions.instanceOf(ForbiddenException.class))));
    }

    @Test
    void eachClassGetsOneServerOrEachTestItsOwn() {
        run(SampleOneServerPerClass.class).assertStatistics(stats -> stats.succeeded(2).failed(0));
        run(SampleFreshServerPerTest.class).assertStatistics(stats -> stats.succeeded(2).failed(0));
    }

    @Test
    void aTestsFaultsEndWithItAndWhatTheyDidStays() {
        run(SampleFaultsEndWithTheirTest.class).assertStatistics(stats -> stats.succeeded(2).failed(0));
    }

    private static Events run(Class<?> sample) {
        return EngineTestKit.engine("junit-jupiter").configurationParameter("junit.jupiter.conditions.deactivate", "*")
                .selectors(selectClass(sample)).execute().testEvents();
    }

    /** A user's test with a bug: it expects a member to be able to create a secret. */
    @TeamAuthTestServer
    static class SampleMemberCreatesASecret {
        @Test
        void memberCreates(TestTeam team) {
            team.memberClient().secrets(team.id()).create("MEMBER_TOKEN", "v");
        }
    }

    /** The second test sees what the first created: one server for the class. */
    @TeamAuthTestServer
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class SampleOneServerPerClass {
        @Test
        @Order(1)
        void creates(TeamAuthClient admin, TestTeam team) {
            admin.secrets(team.id()).create("SHARED", "v");
        }

        @Test
        @Order(2)
        void seesIt(TeamAuthClient admin, TestTeam team) {
            assertThatThrownBy(() -> admin.secrets(team.id()).create("SHARED", "v")).isInstanceOf(ConflictException.class);
        }
    }

    /** The first test's fault is gone in the second, and the secret its create made is there. */
    @TeamAuthTestServer
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class SampleFaultsEndWithTheirTest {
        @Test
        @Order(1)
        void losesTheAnswer(TeamAuthClient admin, TestTeam team, Faults faults) {
            faults.on("createTeamSecret").commitThenDrop();
            assertThatThrownBy(() -> admin.secrets(team.id()).create("LOST", "v")).isInstanceOf(ConnectionException.class);
        }

        @Test
        @Order(2)
        void findsTheSecretUnfaulted(TeamAuthClient admin, TestTeam team, Faults faults) {
            assertThat(faults.rules()).isEmpty();
            assertThat(admin.secrets(team.id()).get("LOST").getName()).isEqualTo("LOST");
            admin.secrets(team.id()).create("AFTER", "v");
        }
    }

    /** Each test starts empty: both create the same name. */
    @TeamAuthTestServer(freshPerTest = true)
    static class SampleFreshServerPerTest {
        @Test
        void first(TeamAuthClient admin, TestTeam team) {
            admin.secrets(team.id()).create("FRESH", "v");
        }

        @Test
        void second(TeamAuthClient admin, TestTeam team) {
            admin.secrets(team.id()).create("FRESH", "v");
        }
    }
}
