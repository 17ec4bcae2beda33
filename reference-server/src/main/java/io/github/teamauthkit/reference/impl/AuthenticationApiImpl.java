package io.github.teamauthkit.reference.impl;

import io.github.teamauthkit.reference.store.Database;
import io.github.teamauthkit.reference.store.KeyHolder;
import io.github.teamauthkit.reference.store.MemberStore;
import io.github.teamauthkit.reference.store.TeamStore;
import io.github.teamauthkit.server.api.AuthenticationApi;
import io.github.teamauthkit.server.model.Session;
import io.github.teamauthkit.server.model.Team;
import io.github.teamauthkit.server.model.User;
import org.jboss.resteasy.core.ResteasyContext;

/**
 * The session of the presented key; {@code null} without one. Unknown keys never get here.
 *
 * @see AuthenticationApi
 */
public final class AuthenticationApiImpl implements AuthenticationApi {

    private final Database database;

    /**
     * Creates the resource.
     *
     * @param database the store
     */
    public AuthenticationApiImpl(Database database) {
        this.database = database;
    }

    @Override
    public Session getSession() {
        KeyHolder holder = ResteasyContext.getContextData(KeyHolder.class);
        if (holder == null) {
            return null;
        }
        return database.transaction(connection -> {
            Session session = new Session();
            MemberStore.find(connection, holder.teamId(), holder.userId()).ifPresent(member -> session.user(new User()
                    .id(member.userId()).email(member.email()).firstName(member.firstName()).lastName(member.lastName())));
            TeamStore.find(connection, holder.teamId()).ifPresent(team -> session.team(new Team()
                    .id(team.id()).name(team.name()).namespace(team.namespace())));
            return session;
        });
    }
}
