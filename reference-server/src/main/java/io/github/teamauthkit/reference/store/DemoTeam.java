package io.github.teamauthkit.reference.store;

import io.github.teamauthkit.reference.security.ApiKeys;
import java.time.temporal.ChronoUnit;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The team a fresh database starts with, so a first run has a key to try. */
public final class DemoTeam {

    /** The demo team's id. */
    public static final String TEAM_ID = "team-demo";

    private DemoTeam() {
    }

    /**
     * Creates the demo team with one admin and a key for it, unless the database has teams.
     *
     * @param database the store
     * @param clock    the time source
     * @return the admin's new API key, when the team was created
     */
    public static Optional<String> createIfEmpty(Database database, Clock clock) {
        return database.transaction(connection -> {
            if (!TeamStore.none(connection)) {
                return Optional.empty();
            }
            TeamStore.upsert(connection, new TeamRecord(TEAM_ID, "Demo", "demo"));
            MemberStore.upsert(connection,
                    new MemberRecord(TEAM_ID, "user-demo-admin", "admin@demo.test", "Demo", "Admin", true, true,
                            OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS)));
            String key = ApiKeys.generate();
            ApiKeyStore.insertIfAbsent(connection, ApiKeys.newId(), ApiKeys.hash(key), TEAM_ID, "user-demo-admin",
                    OffsetDateTime.now(clock));
            return Optional.of(key);
        });
    }
}
