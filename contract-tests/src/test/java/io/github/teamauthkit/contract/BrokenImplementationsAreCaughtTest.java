package io.github.teamauthkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.teamauthkit.contract.BrokenServerProxy.Defect;
import io.github.teamauthkit.contract.server.AuthorizationContractTest;
import io.github.teamauthkit.contract.server.MembersContractTest;
import io.github.teamauthkit.contract.server.PagingContractTest;
import io.github.teamauthkit.contract.server.RequestTargetContractTest;
import io.github.teamauthkit.contract.server.SecretsContractTest;
import io.github.teamauthkit.contract.server.TenantIsolationContractTest;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** The suite can fail: each broken server is caught, by the test that should catch it. */
class BrokenImplementationsAreCaughtTest {

    private static InProcessReferenceServer correct;

    @BeforeAll
    static void startCorrectServer() throws Exception {
        correct = new InProcessReferenceServer();
    }

    @AfterAll
    static void stopCorrectServer() throws Exception {
        correct.close();
    }

    static Stream<Arguments> defects() {
        return Stream.of(
                Arguments.of(Defect.WRONG_STATUS, SecretsContractTest.class, "createTeamSecret answered 201"),
                Arguments.of(Defect.WRONG_FIELD_TYPE, MembersContractTest.class, "isAdmin"),
                Arguments.of(Defect.LEAKED_SECRET_VALUE, SecretsContractTest.class, "not allowed by the schema: [\\\"value\\\"]"),
                Arguments.of(Defect.MISSING_AUTH_CHECK, AuthorizationContractTest.class, "401"),
                Arguments.of(Defect.MATRIX_PARAMETER_BYPASS, RequestTargetContractTest.class, "matrix parameter on segment 0"),
                Arguments.of(Defect.CURSOR_IGNORED, PagingContractTest.class, "no item twice"),
                Arguments.of(Defect.MIXED_TENANTS, TenantIsolationContractTest.class, "another team's secret"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void isCaught(Defect defect, Class<?> suite, String evidence) throws Exception {
        ContractTarget target = correct.target();
        try (BrokenServerProxy broken = new BrokenServerProxy(URI.create(target.baseUrl()), defect, target.adminKey(),
                target.otherTeamKey())) {
            TestExecutionSummary summary = runAgainst(broken.baseUri(), target, suite);

            assertThat(summary.getTotalFailureCount()).as("failures of %s against a server with %s", suite.getSimpleName(), defect)
                    .isPositive();
            List<String> messages = summary.getFailures().stream().map(f -> String.valueOf(f.getException().getMessage())).toList();
            assertThat(messages).anySatisfy(message -> assertThat(message).contains(evidence));
        }
    }

    /** A server that follows the spec but not the reference server's every habit passes: the kit judges the spec. */
    @Test
    void aRemovalWithoutTheOptionalDtDeletedPasses() throws Exception {
        // A server of its own: the suite removes its disposable member.
        try (InProcessReferenceServer own = new InProcessReferenceServer();
                BrokenServerProxy variation = new BrokenServerProxy(URI.create(own.target().baseUrl()), Defect.OPTIONAL_FIELD_LEFT_OUT,
                        own.target().adminKey(), own.target().otherTeamKey())) {
            ContractTarget target = own.target();
            TestExecutionSummary summary = runAgainst(variation.baseUri(), target, MembersContractTest.class,
                    Map.of("contract.disposableMemberId", target.disposableMemberId(),
                            "contract.disposableMemberKey", target.disposableMemberKey()));

            assertThat(summary.getFailures()).as("failures against a server leaving out dtDeleted").isEmpty();
            assertThat(summary.getTestsAbortedCount()).as("checks not run").isZero();
        }
    }

    /** Runs one suite class, pointed at the broken server through the contract.* properties. */
    private static TestExecutionSummary runAgainst(URI baseUri, ContractTarget target, Class<?> suite) {
        return runAgainst(baseUri, target, suite, Map.of());
    }

    private static TestExecutionSummary runAgainst(URI baseUri, ContractTarget target, Class<?> suite, Map<String, String> more) {
        Map<String, String> properties = new HashMap<>(Map.of(
                "contract.baseUrl", baseUri.toString(), "contract.teamId", target.teamId(),
                "contract.adminKey", target.adminKey(), "contract.memberKey", target.memberKey(),
                "contract.otherTeamKey", target.otherTeamKey()));
        properties.putAll(more);
        properties.forEach(System::setProperty);
        try {
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(suite)).build();
            SummaryGeneratingListener summary = new SummaryGeneratingListener();
            LauncherFactory.create().execute(request, summary);
            return summary.getSummary();
        } finally {
            properties.keySet().forEach(System::clearProperty);
        }
    }
}
