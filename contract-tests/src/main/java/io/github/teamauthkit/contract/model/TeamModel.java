package io.github.teamauthkit.contract.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the spec's rules say the target's team is after the requests so far: its members and their roles, its secrets
 * and their times, the cursors handed out, and the latest time a request set. Predicts who may do what; the commands
 * predict the rest from it.
 */
final class TeamModel {

    /** A member of the team. {@code joined} may be null: the spec's {@code dtConfirmed} is nullable. */
    record Member(String userId, boolean admin, boolean owner, Instant joined) {
    }

    /** A secret of the team: its times as the server answered them. */
    record Secret(String name, Instant created, Instant modified) {

        /** A name may be deleted and created again: the two are different items of a list. */
        String identity() {
            return name + "@" + created;
        }
    }

    /**
     * A cursor the server handed out, and the walk it belongs to: the list, order and role it came from (the spec binds
     * it to them), the list's version then, and the items the walk has shown up to it.
     */
    record Cursor(String value, ListKind kind, String order, String role, int version, Set<String> shown, int step) {
    }

    /** Who may call an operation, by its {@code x-access}. */
    enum Access {
        MEMBER, ADMIN
    }

    final String teamId;
    final String namespace;
    final String otherTeamId;
    final Map<Caller, String> users;
    final Map<String, Member> members;
    final Map<String, Secret> secrets;
    final Set<String> removed;
    final List<Cursor> cursors = new ArrayList<>();
    final Set<String> valuesSent = new HashSet<>();
    /** The latest time a request set: a time a later request sets is not before it (the spec's clock rule). */
    Instant latestTimeSet;
    int secretsVersion;
    int membersVersion;
    /** Refused keys the run may still present: each counts toward the server's auth-failure limit. */
    int refusedKeysLeft;

    TeamModel(String teamId, String namespace, String otherTeamId, Map<Caller, String> users, Map<String, Member> members,
            Map<String, Secret> secrets, Set<String> removed, Instant latestTimeSet, int refusedKeysLeft) {
        this.teamId = teamId;
        this.namespace = namespace;
        this.otherTeamId = otherTeamId;
        this.users = new EnumMap<>(users);
        this.members = new LinkedHashMap<>(members);
        this.secrets = new LinkedHashMap<>(secrets);
        this.removed = new HashSet<>(removed);
        this.latestTimeSet = latestTimeSet;
        this.refusedKeysLeft = refusedKeysLeft;
    }

    /** The same state, to run another sequence from. */
    TeamModel copy() {
        return new TeamModel(teamId, namespace, otherTeamId, users, members, secrets, removed, latestTimeSet, refusedKeysLeft);
    }

    /**
     * The refusal the spec's access rules give, checked in the documented order (authentication, then access), or 0
     * when the caller may call it.
     *
     * @param self the user a member may also act on ({@code x-access: self}), or null
     */
    int refusal(Caller caller, TeamRef team, Access access, String self) {
        if (caller == Caller.ANONYMOUS || removed.contains(users.get(caller))) {
            return 401;
        }
        if (team == TeamRef.OTHER_TEAM || caller == Caller.OTHER_TEAM) {
            return 403;
        }
        boolean allowed = access == Access.MEMBER || isAdmin(users.get(caller)) || users.get(caller).equals(self);
        return allowed ? 0 : 403;
    }

    boolean isAdmin(String userId) {
        Member member = member(userId);
        return member != null && member.admin();
    }

    /** The member with this id, unless there is none or it was removed. */
    Member member(String userId) {
        return removed.contains(userId) ? null : members.get(userId);
    }

    long admins() {
        return members.values().stream().filter(member -> member.admin() && !removed.contains(member.userId())).count();
    }

    /** Whether the caller's key is one the server refuses (its member was removed). */
    boolean refused(Caller caller) {
        return caller != Caller.ANONYMOUS && removed.contains(users.get(caller));
    }

    void timeSet(Instant time) {
        if (time != null && time.isAfter(latestTimeSet)) {
            latestTimeSet = time;
        }
    }
}
