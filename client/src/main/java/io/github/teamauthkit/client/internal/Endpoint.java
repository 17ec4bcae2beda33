package io.github.teamauthkit.client.internal;

import java.util.Set;

/**
 * The spec's operations as the client calls them: method, path, the success status and every
 * status the spec documents, and whether a retry is safe. {@code EndpointsFollowTheSpecTest}
 * fails the build when this table and the spec disagree.
 */
public enum Endpoint {
    /** {@code getSession}. */
    GET_SESSION("getSession", "GET", "/auth/session", 200, true, 401, 429),
    /** {@code listTeamMembers}. */
    LIST_TEAM_MEMBERS("listTeamMembers", "GET", "/teams/{teamId}/users", 200, true, 401, 403, 429),
    /** {@code updateTeamMember}: setting admin status to a value is safe to repeat. */
    UPDATE_TEAM_MEMBER("updateTeamMember", "PUT", "/teams/{teamId}/users/{userId}", 200, true, 400, 401, 403, 404, 409, 413, 415, 429),
    /** {@code removeTeamMember}. */
    REMOVE_TEAM_MEMBER("removeTeamMember", "DELETE", "/teams/{teamId}/users/{userId}", 204, true, 401, 403, 404, 409, 429),
    /** {@code listTeamSecrets}. */
    LIST_TEAM_SECRETS("listTeamSecrets", "GET", "/teams/{id}/secrets", 200, true, 401, 403, 429),
    /** {@code createTeamSecret}: retried only when the request never reached the server. */
    CREATE_TEAM_SECRET("createTeamSecret", "POST", "/teams/{id}/secrets", 201, false, 400, 401, 403, 409, 413, 415, 429),
    /** {@code getTeamSecret}. */
    GET_TEAM_SECRET("getTeamSecret", "GET", "/teams/{id}/secrets/{name}", 200, true, 400, 401, 403, 404, 429),
    /** {@code updateTeamSecret}: setting a value is safe to repeat. */
    UPDATE_TEAM_SECRET("updateTeamSecret", "PATCH", "/teams/{id}/secrets/{name}", 200, true, 400, 401, 403, 404, 413, 415, 429),
    /** {@code deleteTeamSecret}. */
    DELETE_TEAM_SECRET("deleteTeamSecret", "DELETE", "/teams/{id}/secrets/{name}", 204, true, 400, 401, 403, 404, 429);

    private final String operationId;
    private final String method;
    private final String path;
    private final int success;
    private final boolean retrySafe;
    private final Set<Integer> errors;

    Endpoint(String operationId, String method, String path, int success, boolean retrySafe, Integer... errors) {
        this.operationId = operationId;
        this.method = method;
        this.path = path;
        this.success = success;
        this.retrySafe = retrySafe;
        this.errors = Set.of(errors);
    }

    /** @return the spec's operationId */
    public String operationId() {
        return operationId;
    }

    /** @return the HTTP method */
    public String method() {
        return method;
    }

    /** @return the path template below the base URL */
    public String path() {
        return path;
    }

    /** @return the one success status the spec documents */
    public int success() {
        return success;
    }

    /** @return whether repeating the request after an answered failure is safe */
    public boolean retrySafe() {
        return retrySafe;
    }

    /** @return the error statuses the spec documents */
    public Set<Integer> errors() {
        return errors;
    }
}
