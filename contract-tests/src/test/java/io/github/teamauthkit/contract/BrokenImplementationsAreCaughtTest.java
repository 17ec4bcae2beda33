package io.github.teamauthkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import io.github.teamauthkit.contract.BrokenServerProxy.Defect;
import io.github.teamauthkit.contract.SeededReferenceServer.Admins;
import io.github.teamauthkit.contract.server.MembersContractTest;
import io.github.teamauthkit.contract.server.ModelContractTest;
import io.github.teamauthkit.contract.server.ThrottlingContractTest;
import io.github.teamauthkit.reference.security.AuthFailurePolicy;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.Filter;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The suite can fail: each broken server is caught, by the check that should catch it. And it judges the spec, not
 * our server's habits: correct servers set up unlike our fixture, or answering what the spec allows and we do not
 * send, pass.
 */
class BrokenImplementationsAreCaughtTest {

    private static final String SUITE = "io.github.teamauthkit.contract.server";
    /** A check in a test's unique id: its class, then its method, test factory or template. */
    private static final Pattern CHECK = Pattern.compile("\\[class:[a-z.]*\\.([A-Za-z]+)].*?\\[(?:method|test-factory|test-template):([a-zA-Z0-9]+)\\(");
    private static final String SEQUENCES = "ModelContractTest#randomSequencesAnswerAsTheModelPredicts";
    private static final List<String> PINNED_SEEDS = List.of("1", "2");
    private static final String OWNER_CHECK = "MembersContractTest#theOwnerCannotBeDemotedOrRemovedByAnotherAdminOrItself";
    private static final String THROTTLING_CHECK = "ThrottlingContractTest#refusedKeysPastTheLimitGet429WithRetryAfterOnEveryOperationAndAKnownKeyStillWorks";
    private static final String COVERAGE_CHECK = "CoverageContractTest#everyOperationAndDocumentedStatusWasExercised";

    private static InProcessReferenceServer correct;

    @TempDir
    Path reports;

    @BeforeAll
    static void startCorrectServer() throws Exception {
        correct = new InProcessReferenceServer();
    }

    @AfterAll
    static void stopCorrectServer() throws Exception {
        correct.close();
    }

    /** Defects that show against the shared server, without the disposable member: (defect, the check, evidence). */
    static Stream<Arguments> defects() {
        return Stream.of(
                Arguments.of(Defect.WRONG_STATUS, "SecretsContractTest#createGetUpdateListDeleteThenGetIs404", "createTeamSecret answered 201"),
                Arguments.of(Defect.WRONG_FIELD_TYPE, "MembersContractTest#theListHoldsTheAdminAndOnlyThisTeam", "isAdmin"),
                Arguments.of(Defect.LEAKED_SECRET_VALUE, "SecretsContractTest#createGetUpdateListDeleteThenGetIs404",
                        "a response body holds the secret's value"),
                Arguments.of(Defect.MISSING_AUTH_CHECK, "AuthorizationContractTest#withoutAKeyIs401", "401"),
                Arguments.of(Defect.MATRIX_PARAMETER_BYPASS, "RequestTargetContractTest#withoutAKeyNothingGetsThrough",
                        "matrix parameter on segment 0"),
                Arguments.of(Defect.CURSOR_IGNORED, "PagingContractTest#aWalkWhileSecretsAreCreatedSeesEveryEarlierSecretExactlyOnce",
                        "no item twice"),
                Arguments.of(Defect.OLDEST_FIRST, "PagingContractTest#theDefaultOrderIsNewestFirst", "the later secret comes first"),
                Arguments.of(Defect.MIXED_TENANTS, "TenantIsolationContractTest#neitherTeamSeesTheOthersSecretsInAnyRead",
                        "another team's secret"),
                Arguments.of(Defect.MIXED_MEMBERS, "MembersContractTest#theListHoldsTheAdminAndOnlyThisTeam", "another team's user"),
                Arguments.of(Defect.ROLE_FILTER_IGNORED, "MembersContractTest#eachRoleFilterKeepsExactlyItsRoleAndTogetherTheyListEveryMemberOnce",
                        "that do not have that role"),
                Arguments.of(Defect.TRAILING_EMPTY_PAGE, "PagingContractTest#theLastPageSaysItIsTheLastEvenWhenItIsFull",
                        "one page, which says it is the last"),
                Arguments.of(Defect.CROSS_TEAM_ACCESS, "AuthorizationContractTest#anotherTeamsKeyIs403", "Expected status code <403>"),
                Arguments.of(Defect.MEMBER_WRITES, "AuthorizationContractTest#aMemberIs403OnAdminOperations", "Expected status code <403>"),
                Arguments.of(Defect.INVALID_INPUT_STORED, "NegativeInputContractTest#anInvalidSecretIs400AndNothingIsStored",
                        "secrets stored by a refused create"),
                Arguments.of(Defect.VALIDATION_BEFORE_AUTHENTICATION, "CheckOrderContractTest#authenticationComesFirst",
                        "Expected status code <401>"),
                Arguments.of(Defect.NO_ANSWER_TO_ODD_PATHS, "RequestTargetContractTest#theAdminNeverCausesAServerError", "got no HTTP answer"),
                Arguments.of(Defect.SESSION_WITHOUT_KEY_REFUSED, "SessionContractTest#withoutCredentialsTheSessionIsNull", "<401>"),
                Arguments.of(Defect.BARE_CR_HONOURED, "FramingContractTest#aKeyBehindABareCarriageReturnIsNotHonoured", "200"),
                Arguments.of(Defect.NAMESPACE_NOT_GUARDED, "TeamNamespaceContractTest#anotherTeamsKeyIsRefusedByNamespaceToo",
                        "Expected status code <403>"),
                Arguments.of(Defect.UNKNOWN_MEMBER_ANSWERED, "MembersContractTest#anUnknownMemberIs404", "Expected status code <404>"),
                Arguments.of(Defect.LONG_VALUES_REFUSED, "SecretPropertiesContractTest#aValidSecretIsCreated", "8192 characters"),
                Arguments.of(Defect.BODY_ECHOED_IN_ERRORS, "NegativeInputContractTest#aMalformedBodyIs400AndNeverEchoed",
                        "parts of a value sent in the malformed body"),
                Arguments.of(Defect.CHANGED_CURSOR_ACCEPTED, "PagingContractTest#aCursorChangedInOneCharacterIsRefused",
                        "Expected status code <400>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void isCaught(Defect defect, String check, String evidence) throws Exception {
        ContractTarget shared = correct.target();
        ContractTarget withoutDisposable = new ContractTarget(shared.baseUrl(), shared.teamId(), shared.adminKey(),
                shared.memberKey(), shared.otherTeamKey(), null, null);
        try (BrokenServerProxy broken = new BrokenServerProxy(withoutDisposable, defect)) {
            assertCaught(run(broken.proxiedTarget(), Map.of(), selectClass(SUITE + "." + check.substring(0, check.indexOf('#')))),
                    defect, check, evidence);
        }
    }

    /**
     * A status a server never answers fails the coverage check of a whole run (here a member that does not exist,
     * answered as if it did: no 404 for updateTeamMember or removeTeamMember).
     */
    @Test
    void aStatusNeverAnsweredFailsTheCoverageCheck() throws Exception {
        try (InProcessReferenceServer own = new InProcessReferenceServer();
                BrokenServerProxy broken = new BrokenServerProxy(own.target(), Defect.UNKNOWN_MEMBER_ANSWERED)) {
            Run run = run(broken.proxiedTarget(), Map.of(), selectPackage(SUITE), ClassNameFilter.excludeClassNamePatterns(".*\\.FramingContractTest"));
            assertCaught(run, Defect.UNKNOWN_MEMBER_ANSWERED, COVERAGE_CHECK, "removeTeamMember 404");
        }
    }

    /**
     * Defects no check of one answer sees, each of which passed the whole kit before the stateful phase: a write whose
     * answer is right but whose effect is not kept, times against the spec's definitions, a cursor accepted for another
     * order or role, the legacy header refused. Each against a server of its own: the phase removes the disposable
     * member, and a defect that does not keep a change leaves the team changed.
     */
    static Stream<Arguments> defectsOnlyAStatefulRunSees() {
        return Stream.of(
                Arguments.of(Defect.DEMOTION_NOT_KEPT, SEQUENCES, "isAdmin"),
                Arguments.of(Defect.REMOVAL_NOT_KEPT, "ModelContractTest#aRemovalIsKeptByEveryLaterAnswer", "removal sequence"),
                Arguments.of(Defect.CREATED_TIME_MOVED, SEQUENCES, "dtCreated"),
                Arguments.of(Defect.MODIFIED_TIME_NOT_MOVED, SEQUENCES, "dtModified"),
                Arguments.of(Defect.CURSOR_FOR_ANY_ORDER, SEQUENCES, "the spec's rules give 400"),
                Arguments.of(Defect.LEGACY_HEADER_REFUSED, SEQUENCES, "(x-api-key) → 401"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defectsOnlyAStatefulRunSees")
    void isCaughtByTheStatefulPhase(Defect defect, String check, String evidence) throws Exception {
        // Pinned seeds, so that this regression test does not depend on the draw: how often other seeds catch each
        // defect is measured apart (issue 38's closing note); correct servers meet a new seed every run. The second
        // seed runs only when the first missed (a millisecond that did not tick can hide a time defect from one).
        Run run = null;
        for (String seed : PINNED_SEEDS) {
            try (InProcessReferenceServer own = new InProcessReferenceServer();
                    BrokenServerProxy broken = new BrokenServerProxy(own.target(), defect)) {
                run = run(broken.proxiedTarget(), Map.of(ContractTarget.PREFIX + "seed", seed), selectClass(ModelContractTest.class));
            }
            if (run.failedChecks().contains(check)) {
                break;
            }
        }
        assertCaught(run, defect, check, evidence);
    }

    /**
     * The opt-in throttling check passes a server with a limit, and counts 429 as exercised for every operation; it
     * fails one without.
     */
    @Test
    void theThrottlingCheckPassesAServerWithALimitAndCatchesOneWithout() throws Exception {
        try (SeededReferenceServer limited = new SeededReferenceServer(Admins.OWNER_ALONE, AuthFailurePolicy.limit(5))) {
            Run run = run(limited.target(), Map.of(KitSettings.CHECK_THROTTLING, "true"), selectClass(ThrottlingContractTest.class));
            assertThat(run.failures()).isEmpty();
            assertThat(run.summary().getTestsSucceededCount()).isEqualTo(1);
            assertThat(Coverage.rows(URI.create(limited.target().baseUrl())).stream().filter(row -> row.status().equals("429")))
                    .hasSize(9).allSatisfy(row -> assertThat(row.exercised()).as(row.operation().operationId()).isTrue());
        }
        try (SeededReferenceServer limited = new SeededReferenceServer(Admins.OWNER_ALONE, AuthFailurePolicy.limit(5));
                BrokenServerProxy unlimited = new BrokenServerProxy(limited.target(), Defect.NO_AUTH_FAILURE_LIMIT)) {
            Run run = run(unlimited.proxiedTarget(), Map.of(KitSettings.CHECK_THROTTLING, "true"), selectClass(ThrottlingContractTest.class));
            assertCaught(run, Defect.NO_AUTH_FAILURE_LIMIT, THROTTLING_CHECK, "refused keys, and no 429");
        }
    }

    /** Defects that show only on a team set up a certain way, each against a server of its own: the checks change it. */
    static Stream<Arguments> defectsOnATeamSetUp() {
        return Stream.of(
                // The test server's team: the admin key is the owner's and the only admin; the check lends the
                // disposable member admin status, so that the last-admin rule cannot be what refuses.
                Arguments.of(Defect.OWNER_UNPROTECTED, Admins.OWNER_ALONE, OWNER_CHECK, "the owner cannot be demoted or removed (409)"),
                Arguments.of(Defect.OWNER_UNPROTECTED, Admins.OWNER_IS_ANOTHER_ADMIN, OWNER_CHECK,
                        "the owner cannot be demoted or removed (409)"),
                // No owner: the sole admin is protected by the last-admin rule alone.
                Arguments.of(Defect.LAST_ADMIN_UNPROTECTED, Admins.ONE_ADMIN_NO_OWNER, "MembersContractTest#theLastAdminCannotBeDemotedOrRemoved",
                        "Expected status code <409>"));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("defectsOnATeamSetUp")
    void isCaughtOnATeamSetUpToShowIt(Defect defect, Admins admins, String check, String evidence) throws Exception {
        try (SeededReferenceServer own = new SeededReferenceServer(admins);
                BrokenServerProxy broken = new BrokenServerProxy(own.target(), defect)) {
            assertCaught(run(broken.proxiedTarget(), Map.of(), selectClass(MembersContractTest.class)), defect, check, evidence);
        }
    }

    /**
     * Correct servers, each set up differently, pass the whole kit with full coverage required; what did not apply to
     * a set-up is reported as such, and its statuses are allowed gaps in the coverage table.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Admins.class)
    void aCorrectServerPassesHoweverItsTeamIsSetUp(Admins admins) throws Exception {
        try (SeededReferenceServer own = new SeededReferenceServer(admins)) {
            Run run = run(own.target(), Map.of(KitSettings.REQUIRE_FULL_COVERAGE, "true"), selectPackage(SUITE));
            assertThat(run.failures()).as("failures against a correct server whose team has %s", admins).isEmpty();
            assertThat(run.summary().getTestsSucceededCount()).as("checks passed").isGreaterThan(150);
            String coverage = Files.readString(reports.resolve("contract-coverage.md"));
            if (admins == Admins.TWO_ADMINS_NO_OWNER) {
                assertThat(run.notApplicable()).anySatisfy(line -> assertThat(line).contains("more than one admin"))
                        .anySatisfy(line -> assertThat(line).contains("no owner"));
                assertThat(coverage).contains("| removeTeamMember | DELETE /teams/{teamId}/users/{userId} | 409 | no (allowed: the team has");
            } else {
                assertThat(coverage).contains("| removeTeamMember | DELETE /teams/{teamId}/users/{userId} | 409 | yes |");
            }
        }
    }

    /** A server that follows the spec but not the reference server's every habit passes: the kit judges the spec. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Defect.class, names = {"OPTIONAL_FIELD_LEFT_OUT", "EXTRA_PROPERTIES"})
    void aServerAnsweringWhatTheSpecAllowsPasses(Defect variation) throws Exception {
        // A server of its own: the suite removes its disposable member.
        try (InProcessReferenceServer own = new InProcessReferenceServer();
                BrokenServerProxy variant = new BrokenServerProxy(own.target(), variation)) {
            // Every check but the framing one: the proxy's HTTP server (the JDK's) honours a header after a bare CR.
            Run run = run(variant.proxiedTarget(), Map.of(KitSettings.REQUIRE_FULL_COVERAGE, "true"),
                    selectPackage(SUITE), ClassNameFilter.excludeClassNamePatterns(".*\\.FramingContractTest"));

            assertThat(run.failures()).as("failures against a server with %s", variation).isEmpty();
            assertThat(run.summary().getTestsAbortedCount()).as("checks not run").isZero();
        }
    }

    /** Who wants no property the spec does not list asks for it, and gets it. */
    @Test
    void extraPropertiesFailWhenStrictPropertiesAreAskedFor() throws Exception {
        try (BrokenServerProxy variant = new BrokenServerProxy(correct.target(), Defect.EXTRA_PROPERTIES)) {
            Run run = run(variant.proxiedTarget(), Map.of(KitSettings.STRICT_PROPERTIES, "true"), selectClass(SUITE + ".SecretsContractTest"));
            assertCaught(run, Defect.EXTRA_PROPERTIES, "SecretsContractTest#createGetUpdateListDeleteThenGetIs404", "[\\\"addedByANewerServer\\\"]");
        }
    }

    /** Caught by the check named, with the evidence in a failure's message. */
    private static void assertCaught(Run run, Defect defect, String check, String evidence) {
        assertThat(run.summary().getTotalFailureCount()).as("failures against a server with %s", defect).isPositive();
        assertThat(run.failedChecks()).as("checks failing against a server with %s", defect).contains(check);
        assertThat(run.failures()).anySatisfy(message -> assertThat(message).contains(evidence));
    }

    /**
     * Every check that a broken server of this class is caught by: the rules table's test requires one for each of
     * its rows, so that no rule of the kit could be lost unnoticed.
     */
    static Set<String> checksThatCatchABrokenServer() {
        return Stream.of(defects().map(arguments -> arguments.get()[1]), defectsOnlyAStatefulRunSees().map(arguments -> arguments.get()[1]),
                        defectsOnATeamSetUp().map(arguments -> arguments.get()[2]), Stream.of(THROTTLING_CHECK, COVERAGE_CHECK))
                .flatMap(checks -> checks).map(String::valueOf).collect(Collectors.toSet());
    }

    /**
     * @param failedChecks the checks that failed, as {@code SimpleClassName#method}
     */
    private record Run(TestExecutionSummary summary, List<String> failures, List<String> notApplicable, Set<String> failedChecks) {
    }

    /** Runs checks against a target through the contract.* properties, with further settings. */
    private Run run(ContractTarget target, Map<String, String> settings, DiscoverySelector selector, Filter<?>... filters) {
        Map<String, String> properties = new HashMap<>(settings);
        properties.put("contract.reports", reports.toString());
        Map.of("baseUrl", target.baseUrl(), "teamId", target.teamId(), "adminKey", target.adminKey(), "memberKey", target.memberKey(),
                "otherTeamKey", target.otherTeamKey()).forEach((name, value) -> properties.put(ContractTarget.PREFIX + name, value));
        if (target.disposableMemberId() != null) {
            properties.put(ContractTarget.PREFIX + "disposableMemberId", target.disposableMemberId());
            properties.put(ContractTarget.PREFIX + "disposableMemberKey", target.disposableMemberKey());
        }
        properties.forEach(System::setProperty);
        try {
            SummaryGeneratingListener summary = new SummaryGeneratingListener();
            List<String> notApplicable = new ArrayList<>();
            TestExecutionListener aborted = new TestExecutionListener() {
                @Override
                public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                    result.getThrowable().filter(NotApplicable.class::isInstance).ifPresent(why -> notApplicable.add(why.getMessage()));
                }
            };
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selector).filters(filters).build(), summary, aborted);
            List<String> failures = summary.getSummary().getFailures().stream()
                    .map(failure -> failure.getTestIdentifier().getDisplayName() + ": " + failure.getException().getMessage()).toList();
            Set<String> failedChecks = summary.getSummary().getFailures().stream().map(failure -> failure.getTestIdentifier().getUniqueId())
                    .map(CHECK::matcher).filter(Matcher::find).map(check -> check.group(1) + "#" + check.group(2)).collect(Collectors.toSet());
            return new Run(summary.getSummary(), failures, notApplicable, failedChecks);
        } finally {
            properties.keySet().forEach(System::clearProperty);
        }
    }
}
