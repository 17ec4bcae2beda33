package io.github.teamauthkit.contract.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Random sequences of every operation, by every caller the run has a key for, on the team by id and by namespace and on
 * the other team; with small limits, every order and role, and cursors re-used across lists. The secrets are a few
 * names of the sequence's own, so that creates meet taken names and reads meet deleted ones.
 */
final class SequenceGenerator {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String[] ORDERS = {null, "asc", "desc"};
    private static final String[] ROLES = {null, null, "owner", "admin", "member"};

    private final Random random;
    private final List<Caller> callers;
    private final boolean otherTeamKnown;
    private final List<String> names = new ArrayList<>();
    private final TeamModel model;

    /**
     * @param callers the callers the run has keys for (and {@link Caller#ANONYMOUS})
     * @param model   the model as the sequence runs, which commands are drawn from (QuickCheck's generators take the
     *                state too): a secret that exists is read, updated and deleted more often than one that does not
     */
    SequenceGenerator(Random random, List<Caller> callers, TeamModel model) {
        this.random = random;
        this.callers = callers;
        this.otherTeamKnown = model.otherTeamId != null;
        this.model = model;
        for (int i = 0; i < 3; i++) {
            names.add("CT_" + randomText(11) + i);
        }
    }

    /** The secret names this generator's commands use, for the run to delete after a sequence. */
    List<String> names() {
        return names;
    }

    /** {@code length} commands, each drawn when the one before it has been answered. */
    Stream<Command> sequence(int length) {
        return Stream.generate(() -> command(null)).limit(length);
    }

    /**
     * One command of any kind.
     *
     * @param by the caller, or null to draw one: for an operation only admins may call, the admin key most of the time,
     *           so that more of a sequence is changes that later answers must keep
     */
    Command command(Caller by) {
        List<Function<Caller, Command>> reads = List.of(
                caller -> new SessionCommand(caller, legacy(caller)),
                caller -> list(ListKind.SECRETS, caller), caller -> list(ListKind.SECRETS, caller),
                caller -> list(ListKind.MEMBERS, caller), caller -> list(ListKind.MEMBERS, caller), caller -> list(ListKind.MEMBERS, caller),
                caller -> new ReadSecretCommand(caller, legacy(caller), team(caller), name()));
        List<Function<Caller, Command>> writes = List.of(
                caller -> new CreateSecretCommand(caller, legacy(caller), team(caller), newName(), value()),
                caller -> new CreateSecretCommand(caller, legacy(caller), team(caller), newName(), value()),
                caller -> new UpdateSecretCommand(caller, legacy(caller), team(caller), staleName(), value()),
                caller -> new UpdateSecretCommand(caller, legacy(caller), team(caller), staleName(), value()),
                caller -> new DeleteSecretCommand(caller, legacy(caller), team(caller), name()),
                caller -> new SetAdminCommand(caller, legacy(caller), team(caller), subject(), admin()),
                caller -> new SetAdminCommand(caller, legacy(caller), team(caller), subject(), admin()),
                caller -> new RemoveMemberCommand(caller, legacy(caller), team(caller), subject()));
        List<String> stale = staleNames();
        if (by == null && !stale.isEmpty() && random.nextInt(4) == 0) {
            // Targeted: an update of a value set before a later time an answer gave must move dtModified past it,
            // which shows a server whose times do not move (however fast the server, once its clock has ticked).
            return new UpdateSecretCommand(Caller.ADMIN, legacy(Caller.ADMIN), team(Caller.ADMIN), mostly(stale), value());
        }
        if (by == null && !model.cursors.isEmpty() && random.nextInt(6) == 0) {
            // Targeted: a cursor of a list asked for with another order or role must be refused.
            ListKind kind = model.cursors.get(random.nextInt(model.cursors.size())).kind();
            return new ListCommand(kind, Caller.ADMIN, legacy(Caller.ADMIN), team(Caller.ADMIN), 1, null, null, random.nextInt(1000),
                    false, ListCommand.Scope.CHANGED);
        }
        boolean write = random.nextInt(reads.size() + writes.size()) >= reads.size();
        Caller caller = by != null ? by : write && random.nextInt(10) < 7 ? Caller.ADMIN : caller();
        return write ? writes.get(random.nextInt(writes.size())).apply(caller) : reads.get(random.nextInt(reads.size())).apply(caller);
    }

    ListCommand list(ListKind kind, Caller caller) {
        int pick = random.nextInt(10);
        int cursor = pick < 5 ? random.nextInt(1000) : pick < 8 ? ListCommand.LATEST_CURSOR : ListCommand.NO_CURSOR;
        // Small pages, so that a team of a few members and secrets still hands out cursors.
        int size = random.nextInt(20);
        Integer limit = size < 9 ? Integer.valueOf(1) : size < 14 ? Integer.valueOf(2) : size < 16 ? Integer.valueOf(3) : size < 18 ? null : Integer.valueOf(120);
        return new ListCommand(kind, caller, legacy(caller), team(caller), limit, ORDERS[random.nextInt(ORDERS.length)],
                kind == ListKind.MEMBERS ? ROLES[random.nextInt(ROLES.length)] : null, cursor, random.nextInt(5) == 0,
                ListCommand.Scope.values()[random.nextInt(ListCommand.Scope.values().length)]);
    }

    /** Any caller the run has a key for, or none; those who may do something in the team more often. */
    Caller caller() {
        List<Caller> weighted = new ArrayList<>();
        for (Caller caller : callers) {
            int weight = switch (caller) {
                case ADMIN -> 3;
                case MEMBER, DISPOSABLE -> 2;
                case OTHER_TEAM, ANONYMOUS -> 1;
            };
            for (int i = 0; i < weight; i++) {
                weighted.add(caller);
            }
        }
        return weighted.get(random.nextInt(weighted.size()));
    }

    private boolean legacy(Caller caller) {
        return caller != Caller.ANONYMOUS && random.nextInt(4) == 0;
    }

    private TeamRef team(Caller caller) {
        if (otherTeamKnown && caller != Caller.OTHER_TEAM && random.nextInt(20) == 0) {
            return TeamRef.OTHER_TEAM;
        }
        return random.nextBoolean() ? TeamRef.ID : TeamRef.NAMESPACE;
    }

    /** Mostly a secret that exists: reads and deletes of those say more than 404s. */
    private String name() {
        return mostly(names.stream().filter(model.secrets::containsKey).toList());
    }

    /** Mostly a name not taken, so that creates succeed and later answers have more to keep. */
    private String newName() {
        return mostly(names.stream().filter(name -> !model.secrets.containsKey(name)).toList());
    }

    /**
     * Mostly a secret whose value was set before the latest time a request set: its update must then answer a later
     * {@code dtModified}, which shows a server that does not move it.
     */
    private String staleName() {
        List<String> stale = staleNames();
        return stale.isEmpty() ? name() : mostly(stale);
    }

    private List<String> staleNames() {
        return names.stream().filter(model.secrets::containsKey)
                .filter(name -> model.secrets.get(name).modified().isBefore(model.latestTimeSet)).toList();
    }

    private String mostly(List<String> preferred) {
        return !preferred.isEmpty() && random.nextInt(10) < 8 ? preferred.get(random.nextInt(preferred.size()))
                : names.get(random.nextInt(names.size()));
    }

    private String value() {
        return "ct-model-" + randomText(12);
    }

    private String randomText(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    private Subject subject() {
        Subject[] subjects = {Subject.MEMBER, Subject.MEMBER, Subject.DISPOSABLE, Subject.DISPOSABLE, Subject.ADMIN, Subject.OWNER,
            Subject.OTHER_TEAMS_USER, Subject.NOBODY};
        return subjects[random.nextInt(subjects.length)];
    }

    private Boolean admin() {
        int pick = random.nextInt(10);
        return pick == 0 ? null : pick < 5;
    }
}
