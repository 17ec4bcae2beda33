package example.teamauth;

import io.github.teamauthkit.server.runtime.TeamAuthServerFeature;
import java.util.Set;

/** What a Jakarta REST application registers to serve the API from one {@link TeamAuthData}. */
public final class TeamAuthComponents {

    private TeamAuthComponents() {
    }

    /**
     * The resources, the access filter and the bindings' runtime feature.
     *
     * @param data what the resources serve
     * @return instances to register
     */
    public static Set<Object> of(TeamAuthData data) {
        return Set.of(new SessionResource(data), new MembersResource(data), new SecretsResource(data), new AccessFilter(data),
                new TeamAuthServerFeature());
    }
}
