package io.github.teamauthkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the kit's jar sets up before a run, and what it leaves to the user. */
class ContractTestsMainTest {

    private static final String THRESHOLD = "groovy.indy.optimize.threshold";

    @Test
    void groovyCallSitesAreLinkedAtOnceUnlessTheUserChoseOtherwise() {
        String before = System.getProperty(THRESHOLD);
        try {
            System.clearProperty(THRESHOLD);
            ContractTestsMain.linkGroovyCallSitesAtOnce();
            assertThat(System.getProperty(THRESHOLD)).isEqualTo("0");

            System.setProperty(THRESHOLD, "500");
            ContractTestsMain.linkGroovyCallSitesAtOnce();
            assertThat(System.getProperty(THRESHOLD)).isEqualTo("500");
        } finally {
            if (before == null) {
                System.clearProperty(THRESHOLD);
            } else {
                System.setProperty(THRESHOLD, before);
            }
        }
    }
}
