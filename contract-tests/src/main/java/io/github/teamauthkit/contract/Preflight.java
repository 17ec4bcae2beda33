package io.github.teamauthkit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the runnable kit checks before any check runs, in a few requests: that something answers at the base URL,
 * that it serves this API there, and that each key given is what it was given as. A wrong target is then one line
 * (exit 2), not a hundred failing checks. Lines name keys by their role, never by their value.
 */
final class Preflight {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ContractTarget target;

    Preflight(ContractTarget target) {
        this.target = target;
    }

    /** What is wrong with the target, one line each; empty when the checks may run. */
    List<String> problems() {
        String base = target.baseUrl();
        Optional<HttpResponse<String>> anonymous;
        try {
            anonymous = Optional.of(get(base, null));
        } catch (IOException e) {
            return List.of("nothing answers at " + base + " (" + e.getClass().getSimpleName() + "): is the server running there?");
        }
        if (session(anonymous.get()).isEmpty()) {
            return List.of(base + "/auth/session answered " + anonymous.get().statusCode() + ", not a session: " + elsewhere(base));
        }
        List<String> problems = new ArrayList<>();
        keyProblem("admin", target.adminKey(), Role.ADMIN).ifPresent(problems::add);
        keyProblem("member", target.memberKey(), Role.MEMBER).ifPresent(problems::add);
        keyProblem("other-team", target.otherTeamKey(), Role.OTHER_TEAM).ifPresent(problems::add);
        keyProblem("disposable member", target.disposableMemberKey(), Role.DISPOSABLE).ifPresent(problems::add);
        if (problems.isEmpty() && target.adminKey() != null && target.teamId() != null) {
            int status = status(base + "/teams/" + target.teamId() + "/users?limit=1", target.adminKey());
            if (status != 200) {
                problems.add("the team " + target.teamId() + " answered " + status + " to its admin's list of members: "
                        + "give the team's id (--team-id) as the server knows it");
            }
        }
        return problems;
    }

    private enum Role { ADMIN, MEMBER, OTHER_TEAM, DISPOSABLE }

    private Optional<String> keyProblem(String name, String key, Role role) {
        if (key == null) {
            return Optional.empty();
        }
        HttpResponse<String> answer;
        try {
            answer = get(target.baseUrl(), key);
        } catch (IOException e) {
            return Optional.of("the " + name + " key's session could not be read (" + e.getClass().getSimpleName() + ")");
        }
        Optional<JsonNode> session = session(answer).filter(JsonNode::isObject);
        if (session.isEmpty()) {
            String hint = role == Role.DISPOSABLE ? ": an earlier run may have removed " + target.disposableMemberId()
                    + " (a run removes it); reseed the target, or give another member" : ": give a key the server knows";
            return Optional.of("the " + name + " key is refused (" + answer.statusCode() + ")" + hint);
        }
        String team = session.get().path("team").path("id").asText(null);
        String namespace = session.get().path("team").path("namespace").asText(null);
        boolean ofTheTeam = target.teamId() == null || target.teamId().equals(team) || target.teamId().equals(namespace);
        boolean admin = isAdmin(session.get(), team);
        String user = session.get().path("user").path("id").asText("?");
        return Optional.ofNullable(switch (role) {
            case ADMIN -> !ofTheTeam ? "the admin key belongs to team " + team + ", not " + target.teamId()
                    : !admin ? "the admin key's user " + user + " is not an admin of " + target.teamId() : null;
            case MEMBER -> !ofTheTeam ? "the member key belongs to team " + team + ", not " + target.teamId()
                    : admin ? "the member key's user " + user + " is an admin: give a member who is not" : null;
            case OTHER_TEAM -> ofTheTeam && target.teamId() != null ? "the other-team key belongs to " + target.teamId()
                    + " itself: give a key of another team" : null;
            case DISPOSABLE -> !ofTheTeam ? "the disposable member key belongs to team " + team + ", not " + target.teamId()
                    : target.disposableMemberId() != null && !target.disposableMemberId().equals(user)
                            ? "the disposable member key belongs to " + user + ", not " + target.disposableMemberId() : null;
        });
    }

    private static boolean isAdmin(JsonNode session, String team) {
        for (JsonNode membership : session.path("user").path("teamMemberships")) {
            if (membership.path("team").path("id").asText("").equals(team)) {
                return membership.path("isAdmin").asBoolean(false);
            }
        }
        return false;
    }

    /** The hint for a base URL that does not serve the session: where it does, if one level down does. */
    private String elsewhere(String base) {
        String withVersion = base + "/v1";
        try {
            if (!base.endsWith("/v1") && session(get(withVersion, null)).isPresent()) {
                return "did you mean --base-url " + withVersion + "?";
            }
        } catch (IOException e) {
            // No better guess: say what is known.
        }
        return "is " + base + " the API's base URL (the path before /auth/session)?";
    }

    /** The session an answer carries: JSON {@code null} or an object, with 200. */
    private static Optional<JsonNode> session(HttpResponse<String> answer) {
        if (answer.statusCode() != 200) {
            return Optional.empty();
        }
        try {
            JsonNode body = JSON.readTree(answer.body());
            return body != null && (body.isNull() || body.isObject()) ? Optional.of(body) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private int status(String url, String key) {
        try {
            return send(url, key).statusCode();
        } catch (IOException e) {
            return 0;
        }
    }

    private HttpResponse<String> get(String base, String key) throws IOException {
        return send(base + "/auth/session", key);
    }

    private HttpResponse<String> send(String url, String key) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Accept", "application/json");
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        try {
            return http.send(request.build(), BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
