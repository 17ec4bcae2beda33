package example;

import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectPackages("io.github.teamauthkit.contract.server")
class MyServerFollowsTheContractTest {
}
