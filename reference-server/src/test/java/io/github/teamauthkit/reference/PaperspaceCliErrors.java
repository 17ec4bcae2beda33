package io.github.teamauthkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.teamauthkit.reference.Api.Reply;
import java.util.Set;

/**
 * An error answer read as Paperspace's own CLI reads it (github.com/Paperspace/cli, {@code api/client.ts} at
 * c7bdd42): the body is parsed as JSON only when {@code Content-Type} says JSON, then with a strict schema, exactly
 * {@code {code, message, issues?: [{message}]}} and no other key, {@code code} one of tRPC's codes. A body outside it
 * makes that CLI fail with a runtime error instead of showing the API's message.
 */
final class PaperspaceCliErrors {

    /** tRPC's error codes, the enum of that CLI's error schema. */
    static final Set<String> CODES = Set.of("PARSE_ERROR", "BAD_REQUEST", "INTERNAL_SERVER_ERROR", "UNAUTHORIZED", "FORBIDDEN",
            "NOT_FOUND", "METHOD_NOT_SUPPORTED", "TIMEOUT", "CONFLICT", "PRECONDITION_FAILED", "PAYLOAD_TOO_LARGE",
            "TOO_MANY_REQUESTS", "CLIENT_CLOSED_REQUEST");
    private static final Set<String> KEYS = Set.of("code", "message", "issues");

    private PaperspaceCliErrors() {
    }

    /** Fails unless the answer is an error that CLI shows with the server's message. */
    static void assertAccepted(Reply reply) {
        assertThat(reply.status()).as("an error status").isGreaterThanOrEqualTo(400);
        assertThat(reply.headers().firstValue("Content-Type")).as("JSON, or the body is not read at all")
                .hasValueSatisfying(type -> assertThat(type).contains("application/json"));
        JsonNode body = reply.json();
        assertThat(body.isObject()).as("an object: %s", reply.text()).isTrue();
        assertThat(body.fieldNames()).toIterable().as("no key beside code, message, issues: %s", reply.text()).isSubsetOf(KEYS);
        assertThat(body.path("code").asText(null)).as("a tRPC code: %s", reply.text()).isIn(CODES);
        assertThat(body.path("message").isTextual()).as("a message: %s", reply.text()).isTrue();
        if (body.has("issues")) {
            assertThat(body.path("issues").isArray()).isTrue();
            body.path("issues").forEach(issue -> assertThat(issue.path("message").isTextual()).isTrue());
        }
    }
}
