package io.github.teamauthkit.contract;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The server under test and the credentials the suite may use. Read from JUnit configuration
 * parameters, which also come from system properties: {@code contract.baseUrl}, {@code contract.teamId},
 * {@code contract.adminKey}, {@code contract.memberKey}, {@code contract.otherTeamKey}, and, for the
 * removal tests, {@code contract.disposableMemberKey} with {@code contract.disposableMemberId}: a member
 * the suite may remove.
 *
 * @param baseUrl             the API's base URL, ending in {@code /v1}
 * @param teamId              the team the keys belong to
 * @param adminKey            a key of a team admin
 * @param memberKey           a key of a member who is not an admin
 * @param otherTeamKey        a key of another team
 * @param disposableMemberId  a member that may be removed
 * @param disposableMemberKey that member's key
 */
public record ContractTarget(String baseUrl, String teamId, String adminKey, String memberKey, String otherTeamKey,
        String disposableMemberId, String disposableMemberKey) {

    /** The prefix of the kit's configuration parameters and system properties. */
    public static final String PREFIX = "contract.";

    static Optional<ContractTarget> fromParameters(Function<String, Optional<String>> parameter) {
        return parameter.apply(PREFIX + "baseUrl").map(url -> new ContractTarget(url.replaceAll("/+$", ""),
                parameter.apply(PREFIX + "teamId").orElse(null),
                parameter.apply(PREFIX + "adminKey").orElse(null),
                parameter.apply(PREFIX + "memberKey").orElse(null),
                parameter.apply(PREFIX + "otherTeamKey").orElse(null),
                parameter.apply(PREFIX + "disposableMemberId").orElse(null),
                parameter.apply(PREFIX + "disposableMemberKey").orElse(null)));
    }

    /** Whether the run was given every input a full run needs. */
    boolean complete() {
        return Stream.of(teamId, adminKey, memberKey, otherTeamKey, disposableMemberId, disposableMemberKey)
                .allMatch(value -> value != null && !value.isBlank());
    }

    /** The admin key; skips the test when it was not given. */
    public String admin() {
        return required(adminKey, "adminKey");
    }

    /** The member key; skips the test when it was not given. */
    public String member() {
        return required(memberKey, "memberKey");
    }

    /** Another team's key; skips the test when it was not given. */
    public String otherTeam() {
        return required(otherTeamKey, "otherTeamKey");
    }

    /** The team id; skips the test when it was not given. */
    public String team() {
        return required(teamId, "teamId");
    }

    /** A member the suite may remove, and its key; skips the test when not given. */
    public String disposableMember() {
        required(disposableMemberKey, "disposableMemberKey");
        return required(disposableMemberId, "disposableMemberId");
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw MissingInput.because("skipped: no " + PREFIX + name + " given (" + environmentVariable(PREFIX + name)
                    + ", -D" + PREFIX + name + "=…, or the jar's --" + name.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT) + ")");
        }
        return value;
    }

    /**
     * The environment variable that gives a {@code contract.*} setting: {@code contract.adminKey} is {@code CONTRACT_ADMIN_KEY}.
     *
     * @param parameter the setting's name, with its prefix
     * @return the variable's name
     */
    public static String environmentVariable(String parameter) {
        return parameter.replace('.', '_').replaceAll("([A-Z])", "_$1").toUpperCase(Locale.ROOT);
    }

    /**
     * The text with each of the target's keys replaced by the variable that holds it: a server may echo a key, and
     * none reaches the console or a report.
     *
     * @param text text from or for the server
     * @return the text without keys
     */
    public String redacted(String text) {
        String[][] keys = {{adminKey, "adminKey"}, {memberKey, "memberKey"}, {otherTeamKey, "otherTeamKey"},
            {disposableMemberKey, "disposableMemberKey"}};
        String result = text;
        for (String[] key : keys) {
            if (key[0] != null && !key[0].isEmpty()) {
                result = result.replace(key[0], "$" + environmentVariable(PREFIX + key[1]));
            }
        }
        return result;
    }

    @Override
    public String toString() {
        // Never print the keys.
        return "ContractTarget[" + baseUrl + ", team " + teamId + "]";
    }
}
