package io.github.teamauthkit.reference.impl;

import io.github.teamauthkit.reference.security.PageCursors;
import io.github.teamauthkit.reference.security.SecretCipher;
import io.github.teamauthkit.reference.store.Database;
import io.github.teamauthkit.reference.store.PageRequest;
import io.github.teamauthkit.reference.store.SecretRecord;
import io.github.teamauthkit.reference.store.SecretStore;
import io.github.teamauthkit.server.api.TeamSecretsApi;
import io.github.teamauthkit.server.model.DeletedSecret;
import io.github.teamauthkit.server.model.Secret;
import io.github.teamauthkit.server.model.SecretCreate;
import io.github.teamauthkit.server.model.SecretOrderBy;
import io.github.teamauthkit.server.model.SecretPage;
import io.github.teamauthkit.server.model.SecretUpdate;
import io.github.teamauthkit.server.model.SortOrder;
import io.github.teamauthkit.server.runtime.ApiErrorException;
import io.github.teamauthkit.server.runtime.ErrorCode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Team secrets. Values are encrypted before they reach the database and never leave it again;
 * messages name the secret, never its value.
 *
 * @see TeamSecretsApi
 */
public final class TeamSecretsApiImpl implements TeamSecretsApi {

    private final Database database;
    private final SecretCipher cipher;
    private final Paging paging;
    private final Clock clock;

    /**
     * Creates the resource.
     *
     * @param database the store
     * @param cipher   encrypts values under the master key
     * @param cursors  signs and checks the list's page cursors
     * @param clock    the time source for creation times
     */
    public TeamSecretsApiImpl(Database database, SecretCipher cipher, PageCursors cursors, Clock clock) {
        this.database = database;
        this.cipher = cipher;
        this.paging = new Paging(cursors);
        this.clock = clock;
    }

    @Override
    public SecretPage listTeamSecrets(String team, String after, Integer limit, SecretOrderBy orderBy, SortOrder order) {
        String id = AddressedTeam.id(team);
        PageCursors.Scope scope = Paging.scope("secrets", id, order, null);
        PageRequest request = paging.request(scope, after, limit);
        PageRequest.Slice<SecretRecord> slice = database.readCarryingEpoch(connection -> SecretStore.page(connection, id, request));
        return new SecretPage().items(slice.items().stream().map(TeamSecretsApiImpl::toModel).toList()).hasMore(slice.hasMore())
                .nextPage(paging.next(scope, slice, secret -> new PageRequest.Position(secret.createdAt(), secret.name())));
    }

    @Override
    public Secret createTeamSecret(String team, SecretCreate create) {
        String id = AddressedTeam.id(team);
        OffsetDateTime now = now();
        String ciphertext = cipher.encrypt(SecretCipher.context(id, create.getName()), create.getValue());
        return database.transaction(connection -> {
            if (!SecretStore.insert(connection, id, create.getName(), ciphertext, now)) {
                throw new ApiErrorException(ErrorCode.CONFLICT, "A secret named " + create.getName() + " already exists.");
            }
            return toModel(new SecretRecord(create.getName(), now, now));
        });
    }

    @Override
    public Secret getTeamSecret(String team, String name) {
        String id = AddressedTeam.id(team);
        return database.read(connection -> toModel(SecretStore.find(connection, id, name)
                .orElseThrow(() -> notFound(name))));
    }

    @Override
    public Secret updateTeamSecret(String team, String name, SecretUpdate update) {
        String id = AddressedTeam.id(team);
        String ciphertext = cipher.encrypt(SecretCipher.context(id, name), update.getValue());
        return database.transaction(connection -> {
            if (!SecretStore.update(connection, id, name, ciphertext, now())) {
                throw notFound(name);
            }
            return toModel(SecretStore.find(connection, id, name).orElseThrow(() -> notFound(name)));
        });
    }

    @Override
    public DeletedSecret deleteTeamSecret(String team, String name) {
        String id = AddressedTeam.id(team);
        return database.transaction(connection -> {
            if (!SecretStore.delete(connection, id, name)) {
                throw notFound(name);
            }
            return new DeletedSecret().name(name);
        });
    }

    private OffsetDateTime now() {
        // Both engines store microseconds; truncating keeps what is answered equal to what is read back.
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    private static ApiErrorException notFound(String name) {
        return new ApiErrorException(ErrorCode.NOT_FOUND, "No secret named " + name + " in this team.");
    }

    private static Secret toModel(SecretRecord secret) {
        // No deployments exist in this API, so none can use the secret.
        return new Secret().name(secret.name()).dtCreated(secret.createdAt()).dtModified(secret.modifiedAt())
                .hasDeploymentAttached(false);
    }
}
