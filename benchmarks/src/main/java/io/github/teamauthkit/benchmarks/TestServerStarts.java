package io.github.teamauthkit.benchmarks;

import io.github.teamauthkit.testserver.InProcessTeamAuthServer;

/**
 * How long the test server takes to start in a user's test JVM: the first start, which pays for loading and
 * initialising everything, then further ones in the same JVM, as a test suite with several server-scoped classes
 * sees them. Prints one line per start: its number and milliseconds. Argument: how many starts (default 5).
 */
public final class TestServerStarts {

    private TestServerStarts() {
    }

    public static void main(String[] args) throws Exception {
        int starts = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        for (int start = 1; start <= starts; start++) {
            long begin = System.nanoTime();
            try (InProcessTeamAuthServer server = InProcessTeamAuthServer.start()) {
                System.out.printf("%d %.0f%n", start, (System.nanoTime() - begin) / 1e6);
            }
        }
    }
}
