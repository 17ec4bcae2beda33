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

/** Every operation of the API as one asynchronous call returning the raw response; the views build on these. */
public final class Operations {

    private final Transport transport;
    private final JavaType session;
    private final JavaType member;
    private final JavaType members;
    private final JavaType secret;
    private final JavaType secrets;

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
    public CompletableFuture<RawResponse<Session>> getSession(RequestOptions options) {
        return transport.send(new Transport.Call(Endpoint.GET_SESSION, List.of(), null, session, List.of()), options);
    }

    /** @return the team's members */
    public CompletableFuture<RawResponse<List<TeamMember>>> listMembers(String teamId, RequestOptions options) {
        return transport.send(new Transport.Call(Endpoint.LIST_TEAM_MEMBERS, List.of(teamId), null, members, List.of()), options);
    }

    /** @return the updated member */
    public CompletableFuture<RawResponse<TeamMember>> setAdmin(String teamId, String userId, boolean admin, RequestOptions options) {
        return transport.send(new Transport.Call(Endpoint.UPDATE_TEAM_MEMBER, List.of(teamId, userId),
                new TeamMemberUpdate().isAdmin(admin), member, List.of()), options);
    }

    /** @return an empty response */
    public CompletableFuture<RawResponse<Void>> removeMember(String teamId, String userId, RequestOptions options) {
        return transport.send(new Transport.Call(Endpoint.REMOVE_TEAM_MEMBER, List.of(teamId, userId), null, null, List.of()), options);
    }

    /** @return the team's secrets, without values */
    public CompletableFuture<RawResponse<List<Secret>>> listSecrets(String teamId, RequestOptions options) {
        return transport.send(new Transport.Call(Endpoint.LIST_TEAM_SECRETS, List.of(teamId), null, secrets, List.of()), options);
    }

    /** @return the created secret's metadata */
    public CompletableFuture<RawResponse<Secret>> createSecret(String teamId, String name, String value, RequestOptions options) {
        return transport.send(new Transport.Call(Endpoint.CREATE_TEAM_SECRET, List.of(teamId),
                new SecretCreate().name(name).value(value), secret, List.of(value)), options);
    }

    /** @return the secret's metadata */
    public CompletableFuture<RawResponse<Secret>> getSecret(String teamId, String name, RequestOptions options) {
        return transport.send(new Transport.Call(Endpoint.GET_TEAM_SECRET, List.of(teamId, name), null, secret, List.of()), options);
    }

    /** @return the updated secret's metadata */
    public CompletableFuture<RawResponse<Secret>> updateSecret(String teamId, String name, String value, RequestOptions options) {
        return transport.send(new Transport.Call(Endpoint.UPDATE_TEAM_SECRET, List.of(teamId, name),
                new SecretUpdate().value(value), secret, List.of(value)), options);
    }

    /** @return an empty response */
    public CompletableFuture<RawResponse<Void>> deleteSecret(String teamId, String name, RequestOptions options) {
        return transport.send(new Transport.Call(Endpoint.DELETE_TEAM_SECRET, List.of(teamId, name), null, null, List.of()), options);
    }
}
