package io.github.teamauthkit.contract;

import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The server conformance suite as the build runs it: against the reference server in-process, or
 * against the server named by {@code -Dcontract.baseUrl=…} and the other {@code contract.*} properties.
 */
@Suite
@SelectPackages("io.github.teamauthkit.contract.server")
class ServerConformanceSuiteTest {
}
