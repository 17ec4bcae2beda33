package io.github.teamauthkit.client.errors;

import io.github.teamauthkit.client.model.ErrorCode;
import java.util.Map;

/**
 * The API's error body, {@code {code, message, details?}}, as received (with any API key or secret
 * value the server might have echoed removed).
 *
 * @param code    the machine-readable code, e.g. {@code NOT_FOUND}; {@code UNKNOWN} when the body had none
 * @param message the server's explanation; its wording may change
 * @param details structured context; empty when the body had none
 */
public record ApiErrorBody(String code, String message, Map<String, Object> details) {

    /**
     * Creates the body.
     *
     * @param code    the code
     * @param message the message
     * @param details the details
     */
    public ApiErrorBody {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /**
     * The code as the spec's {@link ErrorCode}: {@link ErrorCode#UNKNOWN_DEFAULT_OPEN_API} for a code this version
     * of the client does not know (the list may grow; the status still says what kind of error it is).
     *
     * @return the typed code
     */
    public ErrorCode typedCode() {
        return ErrorCode.fromValue(code);
    }
}
