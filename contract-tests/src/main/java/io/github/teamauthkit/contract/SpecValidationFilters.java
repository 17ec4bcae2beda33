package io.github.teamauthkit.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.github.teamauthkit.spec.TeamAuthSpec;

/** REST Assured filters that fail a test when a request or response breaks the spec. */
final class SpecValidationFilters {

    private static final String SPEC = TeamAuthSpec.text();

    private SpecValidationFilters() {
    }

    /** Validates the request and the response. */
    static OpenApiValidationFilter requestAndResponse() {
        return new OpenApiValidationFilter(OpenApiInteractionValidator.createForInlineApiSpecification(SPEC).build());
    }

    /** Validates only the response: for tests that send invalid requests on purpose. */
    static OpenApiValidationFilter responseOnly() {
        return new OpenApiValidationFilter(OpenApiInteractionValidator.createForInlineApiSpecification(SPEC)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build());
    }
}
