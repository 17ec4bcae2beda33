package io.github.teamauthkit.contract;

import org.junit.platform.suite.api.ExcludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The server conformance suite as the build runs it: against the reference server in-process, or
 * against the server named by {@code -Dcontract.baseUrl=…} and the other {@code contract.*} properties. The throttling
 * check, which locks the address out, runs in {@code BrokenImplementationsAreCaughtTest} against servers of its own.
 */
@Suite
@SelectPackages("io.github.teamauthkit.contract.server")
@ExcludeClassNamePatterns(".*\\.ThrottlingContractTest")
class ServerConformanceSuiteTest {
}
