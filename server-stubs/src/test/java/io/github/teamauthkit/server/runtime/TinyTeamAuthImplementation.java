package io.github.teamauthkit.server.runtime;

import io.github.teamauthkit.server.api.AuthenticationApi;
import io.github.teamauthkit.server.api.TeamMembersApi;
import io.github.teamauthkit.server.api.TeamSecretsApi;
import io.github.teamauthkit.server.model.DeletedSecret;
import io.github.teamauthkit.server.model.MemberUser;
import io.github.teamauthkit.server.model.MembershipStatus;
import io.github.teamauthkit.server.model.Secret;
import io.github.teamauthkit.server.model.SecretCreate;
import io.github.teamauthkit.server.model.SecretOrderBy;
import io.github.teamauthkit.server.model.SecretPage;
import io.github.teamauthkit.server.model.SecretUpdate;
import io.github.teamauthkit.server.model.Session;
import io.github.teamauthkit.server.model.SortOrder;
import io.github.teamauthkit.server.model.TeamMember;
import io.github.teamauthkit.server.model.TeamMemberOrderBy;
import io.github.teamauthkit.server.model.TeamMemberPage;
import io.github.teamauthkit.server.model.TeamMemberUpdate;
import io.github.teamauthkit.server.model.TeamRole;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The smallest honest implementation of the generated interfaces: typed return values only, no
 * {@code Response} building, so every status comes from the runtime.
 */
final class TinyTeamAuthImplementation {

    private TinyTeamAuthImplementation() {
    }

    static Set<Object> resources() {
        return Set.of(new Authentication(), new Members(), new Secrets());
    }

    static final class Authentication implements AuthenticationApi {
        @Override
        public Session getSession() {
            return null;
        }
    }

    static final class Members implements TeamMembersApi {
        @Override
        public TeamMemberPage listTeamMembers(String teamId, String after, Integer limit, TeamMemberOrderBy orderBy,
                SortOrder order, TeamRole role) {
            return new TeamMemberPage().hasMore(false).items(List.of(new TeamMember().isAdmin(true).isOwner(true)
                    .user(new MemberUser().id("user-alice").email("alice@acme.test"))));
        }

        @Override
        public MembershipStatus updateTeamMember(String teamId, String userId, TeamMemberUpdate update) {
            return new MembershipStatus().isAdmin(Boolean.TRUE.equals(update.getIsAdmin())).isOwner(false);
        }

        @Override
        public MembershipStatus removeTeamMember(String teamId, String userId) {
            return new MembershipStatus().isAdmin(false).isOwner(false).dtDeleted(OffsetDateTime.now(ZoneOffset.UTC));
        }
    }

    static final class Secrets implements TeamSecretsApi {
        private final Map<String, Secret> secrets = new ConcurrentHashMap<>();

        @Override
        public Secret createTeamSecret(String id, SecretCreate create) {
            Secret secret = new Secret().name(create.getName()).dtCreated(OffsetDateTime.now(ZoneOffset.UTC));
            if (secrets.putIfAbsent(create.getName(), secret) != null) {
                throw new ApiErrorException(ErrorCode.CONFLICT, "A secret with this name exists.");
            }
            return secret;
        }

        @Override
        public DeletedSecret deleteTeamSecret(String id, String name) {
            if (secrets.remove(name) == null) {
                throw new ApiErrorException(ErrorCode.NOT_FOUND, "No such secret.");
            }
            return new DeletedSecret().name(name);
        }

        @Override
        public Secret getTeamSecret(String id, String name) {
            Secret secret = secrets.get(name);
            if (secret == null) {
                throw new ApiErrorException(ErrorCode.NOT_FOUND, "No such secret.");
            }
            return secret;
        }

        @Override
        public SecretPage listTeamSecrets(String id, String after, Integer limit, SecretOrderBy orderBy, SortOrder order) {
            return new SecretPage().hasMore(false).items(List.copyOf(secrets.values()));
        }

        @Override
        public Secret updateTeamSecret(String id, String name, SecretUpdate update) {
            return getTeamSecret(id, name);
        }
    }
}
