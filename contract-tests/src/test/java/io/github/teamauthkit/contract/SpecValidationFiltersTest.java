package io.github.teamauthkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A validator is built once per kind and setting: building one parses the spec, which, done per request, made a
 * kit run spend most of its time parsing (issue 28: the run's time is measured by benchmarks/kit-run.sh).
 */
class SpecValidationFiltersTest {

    @Test
    void eachKindOfValidatorIsBuiltOnceAndTheStrictOneApart() {
        assertThat(SpecValidationFilters.requestAndResponse()).isSameAs(SpecValidationFilters.requestAndResponse());
        assertThat(SpecValidationFilters.responseOnly()).isSameAs(SpecValidationFilters.responseOnly())
                .isNotSameAs(SpecValidationFilters.requestAndResponse());
        Object lenient = SpecValidationFilters.requestAndResponse();
        System.setProperty(KitSettings.STRICT_PROPERTIES, "true");
        try {
            assertThat(SpecValidationFilters.requestAndResponse()).as("with --strict-properties").isNotSameAs(lenient);
        } finally {
            System.clearProperty(KitSettings.STRICT_PROPERTIES);
        }
    }
}
