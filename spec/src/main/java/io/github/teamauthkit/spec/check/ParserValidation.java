package io.github.teamauthkit.spec.check;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;

/**
 * Checks what the JSON schema cannot: that every {@code $ref} resolves and the document
 * means something to swagger-parser, the parser the generators use.
 */
final class ParserValidation {

    private ParserValidation() {
    }

    static List<Finding> check(SpecDocument spec) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readLocation(spec.path().toUri().toString(), null, options);
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        // swagger-parser names the location in its own dotted form inside the message.
        return messages.stream().map(m -> spec.finding("", m)).toList();
    }
}
