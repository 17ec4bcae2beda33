package io.github.teamauthkit.contract.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.teamauthkit.contract.Printable;

/**
 * A server's answer to one request of a sequence.
 *
 * @param status  the status, or 0 when the answer broke the spec
 * @param text    the body as received
 * @param body    the body read as JSON ({@link MissingNode} when it is not JSON)
 * @param invalid why the answer breaks the spec (the kit's validator said so), or null
 */
record Answer(int status, String text, JsonNode body, String invalid) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Answer of(int status, String text) {
        JsonNode body;
        try {
            body = text.isEmpty() ? MissingNode.getInstance() : JSON.readTree(text);
        } catch (java.io.IOException notJson) {
            body = MissingNode.getInstance();
        }
        return new Answer(status, text, body, null);
    }

    static Answer breakingTheSpec(String why) {
        return new Answer(0, "", MissingNode.getInstance(), why);
    }

    /** The answer as a transcript shows it: the status and the start of the body, printable. */
    String shown() {
        if (invalid != null) {
            return "an answer that breaks the spec: " + Printable.of(invalid, 300);
        }
        return status + (text.isEmpty() ? "" : " " + Printable.of(text, 160));
    }
}
