package io.github.teamauthkit.contract.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.teamauthkit.contract.ContractTarget;
import io.github.teamauthkit.contract.SequenceFailure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The kit's stateful phase: random sequences of every operation by every key, each answer predicted from a model of
 * the spec's rules (who may do what, what a write leaves behind, how lists page, what the times are); a mismatch is
 * shrunk to the fewest requests that still show it and reported as those requests, numbered.
 */
public final class ModelPhase {

    /** Refused keys a run presents on purpose: the removed member's, twice (as the removal check always did). */
    private static final int REFUSED_KEYS = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ContractTarget target;
    private final TeamModel start;
    private final List<Caller> callers;
    private final SequenceRunner runner;
    private final Restorer restorer;

    private ModelPhase(ContractTarget target, TeamModel start, List<Caller> callers) {
        this.target = target;
        this.start = start;
        this.callers = callers;
        this.runner = new SequenceRunner(target);
        this.restorer = new Restorer(target, start);
    }

    /**
     * Reads the team as it is (the sessions of the keys given, every member and secret) as the model's start.
     *
     * @param target the server
     * @param walk   every item of a list as the admin sees it, by path ({@code /teams/{id}/users} and {@code …/secrets})
     * @return the phase
     */
    public static ModelPhase start(ContractTarget target, Function<String, List<Map<String, Object>>> walk) {
        Map<Caller, String> users = new EnumMap<>(Caller.class);
        List<Caller> callers = new ArrayList<>();
        String namespace = null;
        String otherTeam = null;
        for (Caller caller : Caller.values()) {
            if (caller == Caller.ANONYMOUS || caller.key(target) == null) {
                continue;
            }
            Answer session = new SessionCommand(caller, false).call(null).send(target);
            if (session.status() != 200) {
                throw new AssertionError("the model could not start: " + caller.name() + "'s session answered " + session.shown());
            }
            users.put(caller, session.body().path("user").path("id").asText());
            callers.add(caller);
            if (caller == Caller.ADMIN) {
                namespace = session.body().path("team").path("namespace").asText(null);
            } else if (caller == Caller.OTHER_TEAM) {
                otherTeam = session.body().path("team").path("id").asText();
            }
        }
        callers.add(Caller.ANONYMOUS);
        Map<String, TeamModel.Member> members = new LinkedHashMap<>();
        for (JsonNode member : JSON.valueToTree(walk.apply("/teams/{id}/users"))) {
            String id = member.path("user").path("id").asText();
            members.put(id, new TeamModel.Member(id, member.path("isAdmin").asBoolean(), member.path("isOwner").asBoolean(),
                    ListKind.time(member.path("dtConfirmed"))));
        }
        Map<String, TeamModel.Secret> secrets = new LinkedHashMap<>();
        for (JsonNode secret : JSON.valueToTree(walk.apply("/teams/{id}/secrets"))) {
            String name = secret.path("name").asText();
            secrets.put(name, new TeamModel.Secret(name, ListKind.time(secret.path("dtCreated")), ListKind.time(secret.path("dtModified"))));
        }
        TeamModel model = new TeamModel(target.teamId(), namespace == null ? target.teamId() : namespace, otherTeam, users, members,
                secrets, new HashSet<>(), Instant.EPOCH, REFUSED_KEYS);
        return new ModelPhase(target, model, callers);
    }

    /**
     * Runs one random sequence, and puts the team back after it.
     *
     * @param seed   the run's seed
     * @param number which sequence of the run (each has its own commands)
     * @param length how many commands
     * @throws SequenceFailure with the shrunk sequence, when an answer differs from the prediction
     */
    public void sequence(long seed, int number, int length) {
        TeamModel model = start.copy();
        SequenceGenerator generator = generator(seed, number, model);
        SequenceRunner.Outcome outcome = runner.run(generator.sequence(length).iterator(), model, false);
        if (outcome.failed()) {
            restorer.restore(generator.names());
            SequenceRunner.Outcome smallest = new Shrinker(runner, restorer, start, generator.names()).shrink(outcome);
            throw failure(smallest, "sequence " + number + " of seed " + seed + ", shrunk from " + outcome.ran().size() + " requests", seed);
        }
        restorer.restore(model, generator.names());
    }

    /**
     * Runs the sequence that removes the disposable member: random requests, the removal (by the member itself or an
     * admin), random requests that must all see it gone, and the removed key presented twice, refused. Not shrunk: a
     * removal cannot be undone to replay it.
     *
     * @param seed   the run's seed
     * @param length how many random commands before and after the removal
     * @throws SequenceFailure with the whole sequence, when an answer differs from the prediction
     */
    public void removal(long seed, int length) {
        TeamModel model = start.copy();
        SequenceGenerator generator = generator(seed, 0, model);
        Random random = new Random(seed ^ 0x5EED_0F_DE1E7EL);
        Caller remover = random.nextBoolean() ? Caller.DISPOSABLE : Caller.ADMIN;
        // Streams drawn lazily (concat, never flatMap, which would draw a whole part at once): each command comes from
        // the model as the answers before it left it.
        Stream<Command> afterRemoval = Stream.generate(generator::caller).limit(length)
                .map(caller -> generator.command(caller == Caller.DISPOSABLE ? Caller.ADMIN : caller));
        Stream<Command> checks = Stream.of(new ListCommand(ListKind.MEMBERS, Caller.ADMIN, false, TeamRef.ID, 120, null, null,
                        ListCommand.NO_CURSOR, false, ListCommand.Scope.OWN),
                // The removed key last: past the server's auth-failure limit, a key not yet looked up again would be refused too.
                new SessionCommand(Caller.DISPOSABLE, random.nextBoolean()), generator.list(ListKind.MEMBERS, Caller.DISPOSABLE));
        Stream<Command> commands = Stream.concat(Stream.concat(generator.sequence(length),
                Stream.of(new RemoveMemberCommand(remover, random.nextBoolean(), TeamRef.ID, Subject.DISPOSABLE))),
                Stream.concat(afterRemoval, checks));
        SequenceRunner.Outcome outcome = runner.run(commands.iterator(), model, true);
        if (outcome.failed()) {
            restorer.restore(generator.names());
            throw failure(outcome, "the removal sequence of seed " + seed + ", not shrunk (a removal cannot be undone)", seed);
        }
        restorer.restore(model, generator.names());
    }

    private SequenceGenerator generator(long seed, int number, TeamModel model) {
        return new SequenceGenerator(new Random(seed * 31 + number), callers, model);
    }

    private SequenceFailure failure(SequenceRunner.Outcome outcome, String what, long seed) {
        StringBuilder message = new StringBuilder(outcome.mismatch()).append("\n(").append(what)
                .append("; replay with --seed ").append(seed).append(", -Dcontract.seed=").append(seed).append(" in a build; ")
                .append(target.baseUrl()).append(")");
        outcome.transcript().forEach(line -> message.append('\n').append(line));
        return new SequenceFailure(target.redacted(message.toString()));
    }
}
