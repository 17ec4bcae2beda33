package io.github.teamauthkit.testserver;

import io.github.teamauthkit.client.TeamAuthClient;

/**
 * The seeded team of a {@link TeamAuthTestServer}: where the server is, the team, and keys of its
 * admin (also its owner), of a member and of a second member tests may remove, plus a second
 * team's admin for isolation tests. Keys are fresh per server.
 */
public final class TestTeam {

    private final String baseUrl;
    private final String id;
    private final String adminKey;
    private final String memberKey;
    private final String disposableMemberId;
    private final String disposableMemberKey;
    private final String otherTeamId;
    private final String otherTeamAdminKey;

    TestTeam(String baseUrl, String id, String adminKey, String memberKey, String disposableMemberId, String disposableMemberKey,
            String otherTeamId, String otherTeamAdminKey) {
        this.baseUrl = baseUrl;
        this.id = id;
        this.adminKey = adminKey;
        this.memberKey = memberKey;
        this.disposableMemberId = disposableMemberId;
        this.disposableMemberKey = disposableMemberKey;
        this.otherTeamId = otherTeamId;
        this.otherTeamAdminKey = otherTeamAdminKey;
    }

    /** @return the API's base URL, e.g. {@code http://127.0.0.1:41234/v1} */
    public String baseUrl() {
        return baseUrl;
    }

    /** @return the team's id */
    public String id() {
        return id;
    }

    /** @return the API key of the team's admin ({@code user-admin}, the owner) */
    public String adminKey() {
        return adminKey;
    }

    /** @return the API key of a member who is not an admin ({@code user-member}) */
    public String memberKey() {
        return memberKey;
    }

    /** @return the user id of a second member, there for tests that remove a member */
    public String disposableMemberId() {
        return disposableMemberId;
    }

    /** @return the API key of that second member */
    public String disposableMemberKey() {
        return disposableMemberKey;
    }

    /** @return the id of a second team */
    public String otherTeamId() {
        return otherTeamId;
    }

    /** @return the API key of the second team's admin */
    public String otherTeamAdminKey() {
        return otherTeamAdminKey;
    }

    /** @return a client authenticated as the team's admin, without retries */
    public TeamAuthClient adminClient() {
        return client(adminKey);
    }

    /** @return a client authenticated as the team's member, without retries */
    public TeamAuthClient memberClient() {
        return client(memberKey);
    }

    /**
     * A client for this server with any key.
     *
     * @param key the API key
     * @return the client, without retries
     */
    public TeamAuthClient client(String key) {
        return TeamAuthClient.builder().apiKey(key).baseUrl(baseUrl).maxRetries(0).build();
    }

    @Override
    public String toString() {
        return "TestTeam[" + id + " at " + baseUrl + "]";
    }
}
