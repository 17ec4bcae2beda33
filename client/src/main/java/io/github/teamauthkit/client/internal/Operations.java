package io.github.teamauthkit.client.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.teamauthkit.client.RawResponse;
import io.github.teamauthkit.client.RequestOptions;
import io.github.teamauthkit.client.model.Secret;
import io.github.teamauthkit.client.model.SecretCreate;
import io.github.teamauthkit.client.model.SecretUpdate;
import io.github.teamauthkit.client.model.Session;
import io.github.teamauthkit.client.model.TeamMember;
import io.github.teamauthkit.client.model.TeamMemberUpdate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Every operation of the API as a call to send, and the two ways to send it; the client's views build on these. */
public final class Operations {

    private final Transport transport;
    private final JavaType session;
    private final JavaType member;
    private final JavaType members;
    private final JavaType secret;
    private final JavaType secrets;

    /**
     * Sends a call and waits for the answer.
     *
     * @param call    the call
     * @param options per-call overrides
     * @param <T>     the data type
     * @return the response
     */
    public <T> RawResponse<T> run(Transport.Call<T> call, RequestOptions options) {
        return transport.execute(call, options);
    }

    /**
     * Sends a call without blocking.
     *
     * @param call    the call
     * @param options per-call overrides
     * @param <T>     the data type
     * @return the response to come
     */
    public <T> CompletableFuture<RawResponse<T>> runAsync(Transport.Call<T> call, RequestOptions options) {
        return transport.executeAsync(call, options);
    }

    /**
     * Creates the operations.
     *
     * @param transport sends the calls
     * @param mapper    the generated models' mapper, for the response types
     */
    public Operations(Transport transport, ObjectMapper mapper) {
        this.transport = transport;
        this.session = mapper.constructType(Session.class);
        this.member = mapper.constructType(TeamMember.class);
        this.members = mapper.getTypeFactory().constructCollectionType(List.class, TeamMember.class);
        this.secret = mapper.constructType(Secret.class);
        this.secrets = mapper.getTypeFactory().constructCollectionType(List.class, Secret.class);
    }

    /** @return the session; data null when the API answers {@code null} */
    public Transport.Call<Session> getSession() {
        return new Transport.Call<>(Endpoint.GET_SESSION, List.of(), null, session, List.of());
    }

    /** @return the team's members */
    public Transport.Call<List<TeamMember>> listMembers(String teamId) {
        return new Transport.Call<>(Endpoint.LIST_TEAM_MEMBERS, List.of(teamId), null, members, List.of());
    }

    /** @return the updated member */
    public Transport.Call<TeamMember> setAdmin(String teamId, String userId, boolean admin) {
        return new Transport.Call<>(Endpoint.UPDATE_TEAM_MEMBER, List.of(teamId, userId),
                new TeamMemberUpdate().isAdmin(admin), member, List.of());
    }

    /** @return an empty response */
    public Transport.Call<Void> removeMember(String teamId, String userId) {
        return new Transport.Call<>(Endpoint.REMOVE_TEAM_MEMBER, List.of(teamId, userId), null, null, List.of());
    }

    /** @return the team's secrets, without values */
    public Transport.Call<List<Secret>> listSecrets(String teamId) {
        return new Transport.Call<>(Endpoint.LIST_TEAM_SECRETS, List.of(teamId), null, secrets, List.of());
    }

    /** @return the created secret's metadata */
    public Transport.Call<Secret> createSecret(String teamId, String name, String value) {
        return new Transport.Call<>(Endpoint.CREATE_TEAM_SECRET, List.of(teamId),
                new SecretCreate().name(name).value(value), secret, List.of(value));
    }

    /** @return the secret's metadata */
    public Transport.Call<Secret> getSecret(String teamId, String name) {
        return new Transport.Call<>(Endpoint.GET_TEAM_SECRET, List.of(teamId, name), null, secret, List.of());
    }

    /** @return the updated secret's metadata */
    public Transport.Call<Secret> updateSecret(String teamId, String name, String value) {
        return new Transport.Call<>(Endpoint.UPDATE_TEAM_SECRET, List.of(teamId, name),
                new SecretUpdate().value(value), secret, List.of(value));
    }

    /** @return an empty response */
    public Transport.Call<Void> deleteSecret(String teamId, String name) {
        return new Transport.Call<>(Endpoint.DELETE_TEAM_SECRET, List.of(teamId, name), null, null, List.of());
    }
}
