package example.teamauth;

import io.github.teamauthkit.server.runtime.ApiErrorException;
import io.github.teamauthkit.server.runtime.ErrorCode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the API serves, in memory: teams, their members and keys, their secrets. One lock
 * keeps it simple; a real server keeps this in a database. Seeded with the layout the contract
 * kit needs for a full run (an owner, a member, a member the run may remove, a second team).
 */
public final class TeamAuthData {

    /** A team, addressed by its id or its namespace. */
    public record Team(String id, String name, String namespace, OffsetDateTime created) {
    }

    /** A user's membership of one team; the owner is an admin too. */
    public record Member(String teamId, String userId, String email, String firstName, String lastName, boolean admin,
            boolean owner, OffsetDateTime confirmed, long order) {

        Member withAdmin(boolean value) {
            return new Member(teamId, userId, email, firstName, lastName, value, owner, confirmed, order);
        }
    }

    /** A secret; its value is kept and never returned. */
    public record Secret(String name, String value, OffsetDateTime created, OffsetDateTime modified, long order) {
    }

    private final Map<String, Team> teams = new LinkedHashMap<>();
    private final Map<String, Map<String, Member>> members = new LinkedHashMap<>();
    private final Map<String, Member> keys = new LinkedHashMap<>();
    private final Map<String, Map<String, Secret>> secrets = new LinkedHashMap<>();
    private long order;

    /**
     * The layout of the contract kit's full run: team {@code team-acme} (namespace {@code acme}) with
     * its owner Alice, a member Bob and a member Carol the run may remove; {@code team-other} with its owner Olga.
     *
     * @return the seeded data
     */
    public static TeamAuthData demo() {
        TeamAuthData data = new TeamAuthData();
        data.addTeam("team-acme", "Acme", "acme");
        data.addMember("team-acme", "user-alice", "alice@acme.test", "Alice", true, "acme-alice-key-0001");
        data.addMember("team-acme", "user-bob", "bob@acme.test", "Bob", false, "acme-bob-key-0001");
        data.addMember("team-acme", "user-carol", "carol@acme.test", "Carol", false, "acme-carol-key-0001");
        data.addTeam("team-other", "Other", "other");
        data.addMember("team-other", "user-olga", "olga@other.test", "Olga", true, "other-olga-key-0001");
        return data;
    }

    private void addTeam(String id, String name, String namespace) {
        teams.put(id, new Team(id, name, namespace, now()));
        members.put(id, new LinkedHashMap<>());
        secrets.put(id, new LinkedHashMap<>());
    }

    private void addMember(String teamId, String userId, String email, String firstName, boolean owner, String key) {
        Member member = new Member(teamId, userId, email, firstName, "Example", owner, owner, now(), ++order);
        members.get(teamId).put(userId, member);
        keys.put(key, member);
    }

    /** The member a key belongs to, while it is a member. */
    public synchronized Optional<Member> memberByKey(String key) {
        return Optional.ofNullable(keys.get(key));
    }

    /** A team by its id or its namespace. */
    public synchronized Optional<Team> team(String idOrNamespace) {
        Team byId = teams.get(idOrNamespace);
        return byId != null ? Optional.of(byId)
                : teams.values().stream().filter(t -> t.namespace().equals(idOrNamespace)).findFirst();
    }

    /** The id of a team the access filter let the caller reach, however the path spelled it. */
    public synchronized String teamId(String idOrNamespace) {
        return team(idOrNamespace).orElseThrow().id();
    }

    public synchronized List<Member> members(String teamId) {
        return new ArrayList<>(members.get(teamId).values());
    }

    public synchronized Optional<Member> member(String teamId, String userId) {
        return Optional.ofNullable(members.get(teamId).get(userId));
    }

    /** Sets a member's admin flag (null, as the spec's absent {@code isAdmin}, leaves it); the owner and the last admin keep theirs. */
    public synchronized Member setAdmin(String teamId, String userId, Boolean admin) {
        Member member = existingMember(teamId, userId);
        if (admin == null) {
            return member;
        }
        if (!admin) {
            refuseLosingAnAdmin(member);
        }
        Member changed = member.withAdmin(admin);
        members.get(teamId).put(userId, changed);
        keys.replaceAll((key, holder) -> holder.equals(member) ? changed : holder);
        return changed;
    }

    /** Removes a member and its keys; the owner and the last admin stay. */
    public synchronized Member remove(String teamId, String userId) {
        Member member = existingMember(teamId, userId);
        refuseLosingAnAdmin(member);
        members.get(teamId).remove(userId);
        keys.values().removeIf(member::equals);
        return member;
    }

    private Member existingMember(String teamId, String userId) {
        Member member = members.get(teamId).get(userId);
        if (member == null) {
            throw new ApiErrorException(ErrorCode.NOT_FOUND, "No such member.");
        }
        return member;
    }

    private void refuseLosingAnAdmin(Member member) {
        if (member.owner()) {
            throw new ApiErrorException(ErrorCode.CONFLICT, "The owner stays an admin of the team.");
        }
        if (member.admin() && members.get(member.teamId()).values().stream().filter(Member::admin).count() == 1) {
            throw new ApiErrorException(ErrorCode.CONFLICT, "A team keeps at least one admin.");
        }
    }

    public synchronized List<Secret> secrets(String teamId) {
        return new ArrayList<>(secrets.get(teamId).values());
    }

    public synchronized Optional<Secret> secret(String teamId, String name) {
        return Optional.ofNullable(secrets.get(teamId).get(name));
    }

    public synchronized Secret createSecret(String teamId, String name, String value) {
        if (secrets.get(teamId).containsKey(name)) {
            throw new ApiErrorException(ErrorCode.CONFLICT, "A secret with this name exists.");
        }
        OffsetDateTime now = now();
        Secret secret = new Secret(name, value, now, now, ++order);
        secrets.get(teamId).put(name, secret);
        return secret;
    }

    public synchronized Secret updateSecret(String teamId, String name, String value) {
        Secret old = secrets.get(teamId).get(name);
        if (old == null) {
            throw new ApiErrorException(ErrorCode.NOT_FOUND, "No such secret.");
        }
        Secret updated = new Secret(name, value, old.created(), now(), old.order());
        secrets.get(teamId).put(name, updated);
        return updated;
    }

    public synchronized Secret deleteSecret(String teamId, String name) {
        Secret removed = secrets.get(teamId).remove(name);
        if (removed == null) {
            throw new ApiErrorException(ErrorCode.NOT_FOUND, "No such secret.");
        }
        return removed;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
