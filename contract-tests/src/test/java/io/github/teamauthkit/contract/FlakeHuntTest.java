package io.github.teamauthkit.contract;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import io.github.teamauthkit.contract.BrokenServerProxy.Defect;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

class FlakeHuntTest {
    @Test
    void hunt() throws Exception {
        int runs = Integer.getInteger("hunt.runs", 10);
        String cls = System.getProperty("hunt.class", "");
        int failed = 0;
        for (int i = 0; i < runs; i++) {
            try (InProcessReferenceServer own = new InProcessReferenceServer();
                    BrokenServerProxy variant = new BrokenServerProxy(own.target(), Defect.EXTRA_PROPERTIES)) {
                ContractTarget target = variant.proxiedTarget();
                Map<String, String> properties = new HashMap<>();
                properties.put("contract.reports", "/tmp/m/hunt-reports");
                Map.of("baseUrl", target.baseUrl(), "teamId", target.teamId(), "adminKey", target.adminKey(), "memberKey", target.memberKey(),
                        "otherTeamKey", target.otherTeamKey(), "disposableMemberId", target.disposableMemberId(),
                        "disposableMemberKey", target.disposableMemberKey()).forEach((n, v) -> properties.put(ContractTarget.PREFIX + n, v));
                properties.forEach(System::setProperty);
                SummaryGeneratingListener summary = new SummaryGeneratingListener();
                var request = cls.isEmpty()
                        ? LauncherDiscoveryRequestBuilder.request().selectors(selectPackage("io.github.teamauthkit.contract.server"))
                                .filters(ClassNameFilter.excludeClassNamePatterns(".*\\.FramingContractTest")).build()
                        : LauncherDiscoveryRequestBuilder.request().selectors(selectClass("io.github.teamauthkit.contract.server." + cls)).build();
                LauncherFactory.create().execute(request, summary);
                summary.getSummary().getFailures().forEach(f -> {
                    System.out.println("HUNT FAIL " + f.getTestIdentifier().getDisplayName() + ": " + f.getException());
                    f.getException().printStackTrace(System.out);
                });
                failed += summary.getSummary().getTotalFailureCount() > 0 ? 1 : 0;
                System.out.println("HUNT run " + i + " failures " + summary.getSummary().getTotalFailureCount() + " tests " + summary.getSummary().getTestsSucceededCount());
                properties.keySet().forEach(System::clearProperty);
            }
        }
        System.out.println("HUNT failed runs " + failed + " of " + runs);
    }
}
