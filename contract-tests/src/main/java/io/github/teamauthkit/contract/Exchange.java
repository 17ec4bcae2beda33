package io.github.teamauthkit.contract;

import java.util.Optional;

/**
 * One request of a check and its answer, as a failure reports it: what was sent, with which of the target's keys
 * (named by role, never shown), and what came back, cut and made printable. The last one of each thread is kept, so
 * that a failing check can name the request it failed after.
 */
record Exchange(String method, String target, String operationId, String key, String requestBody, int status,
        String responseBody) {

    private static final int SHOWN = 300;
    private static final ThreadLocal<Exchange> LAST = new ThreadLocal<>();

    static void record(Exchange exchange) {
        LAST.set(exchange);
    }

    static Optional<Exchange> last() {
        return Optional.ofNullable(LAST.get());
    }

    static void forget() {
        LAST.remove();
    }

    /** The exchange in one line: method, target, operation, key, status and the start of the body. */
    String describe() {
        return method + " " + target + (operationId == null ? "" : " (" + operationId + ")")
                + (key == null ? " without a key" : " with " + key) + " → " + status
                + (responseBody.isEmpty() ? ", no body" : ": " + printable(responseBody));
    }

    /**
     * A command that sends the same request, the key as the variable that holds it.
     *
     * @param baseUrl the target's base URL
     */
    String curl(String baseUrl) {
        StringBuilder curl = new StringBuilder("curl -sS -X ").append(method);
        if (key != null) {
            // A key of the target is its variable; any other is one the kit made up, shown as sent.
            curl.append(" -H \"Authorization: Bearer ").append(key.startsWith("$") ? key : printable(key).replaceAll("[\"$`\\\\]", ""))
                    .append('"');
        }
        if (requestBody != null) {
            curl.append(" -H 'Content-Type: application/json' --data-binary ").append(quoted(requestBody.length() > SHOWN
                    ? requestBody.substring(0, SHOWN) + "…(" + requestBody.length() + " characters in all)" : requestBody));
        }
        return curl.append(' ').append(quoted(baseUrl + target)).toString();
    }

    /** Terminal escapes and line breaks from the server never reach the console as such. */
    private static String printable(String text) {
        return Printable.of(text, SHOWN);
    }

    private static String quoted(String text) {
        return "'" + printable(text).replace("'", "'\\''") + "'";
    }
}
