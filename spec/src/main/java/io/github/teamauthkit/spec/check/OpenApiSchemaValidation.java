package io.github.teamauthkit.spec.check;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Validates a document against the official OpenAPI 3.0 JSON schema.
 *
 * <p>swagger-parser alone accepts mistakes such as {@code type: boolen}; the JSON schema does not.
 */
final class OpenApiSchemaValidation {

    private static final String SCHEMA = "/io/github/teamauthkit/spec/check/openapi-3.0-schema.json";
    private static final JsonSchema OPENAPI_30 = load();

    private OpenApiSchemaValidation() {
    }

    static List<Finding> check(SpecDocument spec) {
        Set<ValidationMessage> messages = OPENAPI_30.validate(spec.root());
        return messages.stream()
                // A "oneOf: Schema or $ref" failure is reported with its causes; the causes say more.
                .filter(m -> !"oneOf".equals(m.getType()) || messages.size() == 1)
                .map(m -> spec.finding(m.getInstanceLocation().toString(), m.getError()))
                .sorted(Comparator.comparing(Finding::pointer).thenComparing(Finding::message))
                .toList();
    }

    private static JsonSchema load() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
        try (InputStream in = OpenApiSchemaValidation.class.getResourceAsStream(SCHEMA)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SCHEMA, e);
        }
    }
}
