package io.github.teamauthkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.teamauthkit.contract.KitOptions.UsageException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KitOptionsTest {

    private static final Map<String, String> ENVIRONMENT = Map.of("CONTRACT_ADMIN_KEY", "env-admin", "CONTRACT_TEAM_ID", "team-env");

    @Test
    void optionsWinOverTheEnvironmentWhichFillsTheRest() throws UsageException {
        KitOptions options = KitOptions.parse(new String[] {"--base-url", "http://127.0.0.1:1/v1", "--team-id=team-cli",
                "--reports", "out"}, ENVIRONMENT::get);
        assertThat(options.target).containsExactlyInAnyOrderEntriesOf(Map.of("baseUrl", "http://127.0.0.1:1/v1",
                "teamId", "team-cli", "adminKey", "env-admin"));
        assertThat(options.flags).containsExactlyInAnyOrderEntriesOf(Map.of("requireFullCoverage", "false", "strictProperties", "false",
                "checkThrottling", "false"));
        assertThat(options.reports).isEqualTo(Path.of("out"));
        assertThat(KitOptions.parse(new String[] {"--base-url", "u"}, name -> null).reports).isEqualTo(Path.of("contract-reports"));
    }

    @Test
    void flagsTakeNoValueAndCiRequiresFullCoverageUnlessTurnedOff() throws UsageException {
        String[] strict = {"--base-url", "u", "--strict-properties"};
        assertThat(KitOptions.parse(strict, name -> null).flags).containsEntry("strictProperties", "true")
                .containsEntry("requireFullCoverage", "false");
        assertThat(KitOptions.parse(new String[] {"--base-url", "u"}, Map.of("CI", "true")::get).flags)
                .containsEntry("requireFullCoverage", "true");
        assertThat(KitOptions.parse(new String[] {"--base-url", "u", "--require-full-coverage=false"}, Map.of("CI", "true")::get)
                .flags).containsEntry("requireFullCoverage", "false");
        assertThatThrownBy(() -> KitOptions.parse(new String[] {"--base-url", "u", "--strict-properties=yes"}, name -> null))
                .hasMessage("--strict-properties takes no value, or =true or =false");
    }

    @Test
    void aSeedReplaysARunAndIsAWholeNumber() throws UsageException {
        assertThat(KitOptions.parse(new String[] {"--base-url", "u", "--seed", "-8170342912345"}, name -> null).target)
                .containsEntry("seed", "-8170342912345");
        assertThatThrownBy(() -> KitOptions.parse(new String[] {"--base-url", "u", "--seed", "abc"}, name -> null))
                .hasMessage("--seed takes a whole number, as a failure prints it");
        assertThat(KitOptions.usage()).contains("--seed");
    }

    @Test
    void theJarAndTheJUnitRunNameTheSameEnvironmentVariables() {
        for (String setting : new String[] {"teamId", "adminKey", "memberKey", "otherTeamKey", "disposableMemberId", "disposableMemberKey"}) {
            assertThat(KitOptions.usage()).contains("[" + ContractTarget.environmentVariable(ContractTarget.PREFIX + setting) + "]");
        }
        assertThat(ContractTarget.environmentVariable("contract.disposableMemberKey")).isEqualTo("CONTRACT_DISPOSABLE_MEMBER_KEY");
    }

    @Test
    void mistakesAreOneLineThatNeverRepeatsAValue() {
        assertThatThrownBy(() -> KitOptions.parse(new String[] {"--team-id", "t"}, name -> null))
                .hasMessage("missing --base-url (see --help)");
        assertThatThrownBy(() -> KitOptions.parse(new String[] {"--base-url", "u", "--admn-key", "sk-secret"}, name -> null))
                .hasMessage("unknown option --admn-key (see --help)");
        assertThatThrownBy(() -> KitOptions.parse(new String[] {"--base-url", "u", "--admn-key=sk-secret"}, name -> null))
                .hasMessage("unknown option --admn-key (see --help)");
        assertThatThrownBy(() -> KitOptions.parse(new String[] {"sk-secret", "--base-url", "u"}, name -> null))
                .hasMessage("unexpected argument (see --help)");
        assertThatThrownBy(() -> KitOptions.parse(new String[] {"--base-url", "u", "--admin-key"}, name -> null))
                .hasMessage("--admin-key needs a value");
    }

    @Test
    void helpNamesEveryOptionAndItsVariable() throws UsageException {
        assertThat(KitOptions.parse(new String[] {"--base-url", "u", "--help"}, name -> null).help).isTrue();
        assertThat(KitOptions.usage()).contains("--base-url", "--disposable-member-key", "[CONTRACT_OTHER_TEAM_KEY]", "--reports",
                "--require-full-coverage", "--strict-properties", "--check-throttling");
    }

    @Test
    void aUsageMistakeExitsWithTwo() {
        assertThat(ContractTestsMain.run(new String[] {"--nope"}, name -> null)).isEqualTo(2);
    }
}
