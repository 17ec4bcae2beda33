package example.teamauth;

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

/** A team's secrets. Access is the {@link AccessFilter}'s: here the caller may do what it asks. */
public final class SecretsResource implements TeamSecretsApi {

    private final TeamAuthData data;

    public SecretsResource(TeamAuthData data) {
        this.data = data;
    }

    @Override
    public Secret createTeamSecret(String id, SecretCreate create) {
        return secret(data.createSecret(data.teamId(id), create.getName(), create.getValue()));
    }

    @Override
    public Secret getTeamSecret(String id, String name) {
        return secret(data.secret(data.teamId(id), name).orElseThrow(() -> new ApiErrorException(ErrorCode.NOT_FOUND, "No such secret.")));
    }

    @Override
    public SecretPage listTeamSecrets(String id, String after, Integer limit, SecretOrderBy orderBy, SortOrder order) {
        String team = data.teamId(id);
        Pages.Page<TeamAuthData.Secret> page = Pages.page(data.secrets(team), TeamAuthData.Secret::order, order,
                "secrets|" + team, after, limit);
        return new SecretPage().items(page.items().stream().map(SecretsResource::secret).toList())
                .hasMore(page.next() != null).nextPage(page.next());
    }

    @Override
    public Secret updateTeamSecret(String id, String name, SecretUpdate update) {
        return secret(data.updateSecret(data.teamId(id), name, update.getValue()));
    }

    @Override
    public DeletedSecret deleteTeamSecret(String id, String name) {
        return new DeletedSecret().name(data.deleteSecret(data.teamId(id), name).name());
    }


    private static Secret secret(TeamAuthData.Secret secret) {
        return new Secret().name(secret.name()).dtCreated(secret.created()).dtModified(secret.modified())
                .hasDeploymentAttached(false);
    }
}
