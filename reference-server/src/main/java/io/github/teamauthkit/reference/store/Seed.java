package io.github.teamauthkit.reference.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.teamauthkit.reference.security.ApiKeys;
import java.time.temporal.ChronoUnit;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Upserts teams, members and API keys from a fixture file; running it twice changes nothing.
 * The format: {@code {"teams": [{"id", "name", "namespace", "members": [{"id", "email", "firstName",
 * "lastName", "isAdmin", "isOwner", "apiKeys": ["<plaintext key>"]}]}]}}; an owner is an admin.
 */
public final class Seed {

    /**
     * What to seed.
     *
     * @param teams the teams, each with its members
     */
    public record Fixture(List<Team> teams) {
    }

    /**
     * A team.
     *
     * @param id        its id
     * @param name      its name
     * @param namespace its namespace
     * @param members   its members
     */
    public record Team(String id, String name, String namespace, List<Member> members) {
    }

    /**
     * A member and the plaintext API keys that authenticate as it (stored hashed).
     *
     * @param id        its user id
     * @param email     its e-mail address
     * @param firstName its first name, or null
     * @param lastName  its last name, or null
     * @param isAdmin   whether it is an admin
     * @param isOwner   whether it owns the team (an owner is an admin)
     * @param apiKeys   its keys
     */
    public record Member(String id, String email, String firstName, String lastName, boolean isAdmin, boolean isOwner,
            List<String> apiKeys) {
    }

    private Seed() {
    }

    /**
     * Applies a fixture in one transaction.
     *
     * @param database the store
     * @param file     the fixture
     * @param clock    the time source for new keys
     * @throws IOException if the file cannot be read or parsed
     */
    public static void apply(Database database, Path file, Clock clock) throws IOException {
        apply(database, new ObjectMapper().readValue(file.toFile(), Fixture.class), clock);
    }

    /**
     * Applies a fixture in one transaction.
     *
     * @param database the store
     * @param fixture  what to seed
     * @param clock    the time source for new keys
     */
    public static void apply(Database database, Fixture fixture, Clock clock) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        database.transaction(connection -> {
            for (Team team : nonNull(fixture.teams())) {
                TeamStore.upsert(connection, new TeamRecord(team.id(), team.name(), team.namespace()));
                for (Member member : nonNull(team.members())) {
                    MemberStore.upsert(connection, new MemberRecord(team.id(), member.id(), member.email(),
                            member.firstName(), member.lastName(), member.isAdmin() || member.isOwner(), member.isOwner(), now));
                    for (String key : nonNull(member.apiKeys())) {
                        ApiKeyStore.insertIfAbsent(connection, ApiKeys.newId(), ApiKeys.hash(key), team.id(), member.id(), now);
                    }
                }
            }
            return null;
        });
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
