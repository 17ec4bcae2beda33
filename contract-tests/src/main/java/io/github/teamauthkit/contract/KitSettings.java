package io.github.teamauthkit.contract;

/**
 * How strictly a run judges, beyond what it is pointed at: read from the {@code contract.*} system properties, which
 * the runnable jar sets from its options.
 */
public final class KitSettings {

    static final String STRICT_PROPERTIES = ContractTarget.PREFIX + "strictProperties";
    static final String REQUIRE_FULL_COVERAGE = ContractTarget.PREFIX + "requireFullCoverage";
    /** Whether the auth-failure limit is checked ({@code --check-throttling}); read by the check's own condition too. */
    static final String CHECK_THROTTLING = ContractTarget.PREFIX + "checkThrottling";

    private KitSettings() {
    }

    /**
     * Whether a response may hold only the properties the spec lists. The spec never says
     * {@code additionalProperties: false}, and OpenAPI then allows more (a server adds fields over time), so this is
     * off unless asked for ({@code --strict-properties}).
     *
     * @return true when extra properties fail a check
     */
    public static boolean strictProperties() {
        return Boolean.getBoolean(STRICT_PROPERTIES);
    }

    /**
     * Whether a check that lacks an input fails instead of being skipped ({@code --require-full-coverage}, the
     * jar's default when {@code CI=true}).
     *
     * @return true when every check must run
     */
    public static boolean requireFullCoverage() {
        return Boolean.getBoolean(REQUIRE_FULL_COVERAGE);
    }
}
