package io.github.teamauthkit.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.github.teamauthkit.spec.TeamAuthSpec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * REST Assured filters that fail a test when a request or response breaks the spec. One validator per kind, built
 * once: building one parses the spec.
 */
final class SpecValidationFilters {

    /**
     * The validator's key for a property a schema does not list. The validator treats every schema as closed; the
     * spec does not (OpenAPI's {@code additionalProperties} defaults to true), so the kit accepts such properties in
     * responses unless {@link KitSettings#strictProperties()}.
     */
    static final String ADDITIONAL_PROPERTIES = "validation.response.body.schema.additionalProperties";

    private static final Map<String, OpenApiValidationFilter> FILTERS = new ConcurrentHashMap<>();

    private SpecValidationFilters() {
    }

    /** Validates the request and the response. */
    static OpenApiValidationFilter requestAndResponse() {
        return filter(true);
    }

    /** Validates only the response: for tests that send invalid requests on purpose. */
    static OpenApiValidationFilter responseOnly() {
        return filter(false);
    }

    private static OpenApiValidationFilter filter(boolean requests) {
        boolean strict = KitSettings.strictProperties();
        return FILTERS.computeIfAbsent(requests + " " + strict, key -> {
            LevelResolver.Builder levels = LevelResolver.create();
            if (!requests) {
                levels.withLevel("validation.request", ValidationReport.Level.IGNORE);
            }
            if (!strict) {
                levels.withLevel(ADDITIONAL_PROPERTIES, ValidationReport.Level.IGNORE);
            }
            return new OpenApiValidationFilter(OpenApiInteractionValidator.createForInlineApiSpecification(TeamAuthSpec.text())
                    .withLevelResolver(levels.build()).build());
        });
    }
}
