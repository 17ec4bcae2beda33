package io.github.teamauthkit.contract.model;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.github.teamauthkit.contract.ContractTarget;
import io.github.teamauthkit.contract.Requests;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One request of a sequence, resolved: sent through the kit's validated specifications, and shown in a transcript
 * with keys as the variables that hold them and a cursor as the step that handed it out.
 *
 * @param method       the HTTP method
 * @param path         the path below the base URL
 * @param query        the query parameters but {@code after}, in order
 * @param after        the cursor, or null
 * @param afterStep    the step whose answer handed the cursor out
 * @param body         the JSON body, or null
 * @param caller       who sends it
 * @param legacyHeader whether the key goes in {@code x-api-key} instead of {@code Authorization: Bearer}
 */
record Call(String method, String path, Map<String, Object> query, String after, int afterStep, String body, Caller caller,
        boolean legacyHeader) {

    Answer send(ContractTarget target) {
        String key = caller.key(target);
        // Without a key, a request to an operation that needs one breaks the spec on purpose: only its answer is validated.
        RequestSpecification request = given(key == null ? Requests.invalidAs(target, null)
                : legacyHeader ? Requests.asLegacy(target, key) : Requests.as(target, key));
        request.queryParams(query);
        if (after != null) {
            request.queryParam("after", after);
        }
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        try {
            Response response = request.when().request(method, path);
            return Answer.of(response.statusCode(), response.asString());
        } catch (OpenApiValidationFilter.OpenApiValidationException brokeTheSpec) {
            List<ValidationReport.Message> messages = brokeTheSpec.getValidationReport().getMessages();
            if (messages.stream().anyMatch(message -> message.getKey().startsWith("validation.request"))) {
                throw new IllegalStateException("the kit's model sent a request the spec does not allow: " + shown() + ": "
                        + messages.stream().map(ValidationReport.Message::getMessage).toList(), brokeTheSpec);
            }
            return Answer.breakingTheSpec(String.join("; ", messages.stream().map(ValidationReport.Message::getMessage).toList()));
        } catch (AssertionError brokeTheSpec) {
            // The kit's own check of the status: a success the spec does not document for the operation.
            return Answer.breakingTheSpec(String.valueOf(brokeTheSpec.getMessage()).lines().findFirst().orElse(""));
        }
    }

    /** The request in one line. */
    String shown() {
        StringBuilder line = new StringBuilder(method).append(' ').append(path);
        String parameters = query.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("&"));
        if (after != null) {
            parameters += (parameters.isEmpty() ? "" : "&") + "after=<nextPage of " + afterStep + ">";
        }
        if (!parameters.isEmpty()) {
            line.append('?').append(parameters);
        }
        if (body != null) {
            line.append(' ').append(body);
        }
        line.append(' ').append(caller.shown());
        if (legacyHeader && caller != Caller.ANONYMOUS) {
            line.append(" (x-api-key)");
        }
        return line.toString();
    }
}
