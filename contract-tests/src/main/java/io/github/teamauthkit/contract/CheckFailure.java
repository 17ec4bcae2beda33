package io.github.teamauthkit.contract;

/** A check's failure with the request it came after, and a command that sends that request again. */
final class CheckFailure extends AssertionError {

    private static final long serialVersionUID = 1L;

    CheckFailure(AssertionError failure, Exchange exchange, String baseUrl) {
        super(failure.getMessage() + "\n    last request: " + exchange.describe() + "\n    reproduce: " + exchange.curl(baseUrl), failure);
        setStackTrace(failure.getStackTrace());
    }
}
