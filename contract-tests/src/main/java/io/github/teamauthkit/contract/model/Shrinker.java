package io.github.teamauthkit.contract.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Shrinks a failing sequence to one with fewer requests that still fails (delta debugging: drop halves, then quarters,
 * down to single requests, keeping each drop after which the sequence still fails), replaying each candidate from the
 * restored team. Bounded: a server that fails at random must not make the run endless.
 */
final class Shrinker {

    private static final int MOST_REPLAYS = 60;

    private final SequenceRunner runner;
    private final Restorer restorer;
    private final TeamModel start;
    private final List<String> names;

    Shrinker(SequenceRunner runner, Restorer restorer, TeamModel start, List<String> names) {
        this.runner = runner;
        this.restorer = restorer;
        this.start = start;
        this.names = names;
    }

    SequenceRunner.Outcome shrink(SequenceRunner.Outcome failing) {
        SequenceRunner.Outcome smallest = failing;
        int replays = 0;
        for (int chunk = smallest.ran().size() / 2; chunk >= 1; chunk /= 2) {
            int from = 0;
            while (from + chunk <= smallest.ran().size() && replays < MOST_REPLAYS) {
                List<Command> candidate = new ArrayList<>(smallest.ran().subList(0, from));
                candidate.addAll(smallest.ran().subList(from + chunk, smallest.ran().size()));
                replays++;
                SequenceRunner.Outcome outcome = runner.run(candidate.iterator(), start.copy(), false);
                restorer.restore(names);
                if (outcome.failed() && outcome.ran().size() < smallest.ran().size()) {
                    smallest = outcome;
                } else {
                    from += chunk;
                }
            }
        }
        return smallest;
    }
}
