package io.github.teamauthkit.benchmarks;

import io.github.teamauthkit.testserver.InProcessTeamAuthServer;
import io.github.teamauthkit.testserver.TestTeam;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * How long the test server takes to start in a user's test JVM: the first start, which pays for loading and
 * initialising everything, then further ones in the same JVM, as a test suite with several server-scoped classes
 * sees them. Prints one line per start: its number and milliseconds. Then what a request costs on the last server
 * (no faults configured): after {@value #WARM_UP} requests, the mean of {@value #TIMED} in microseconds, on a line
 * {@code requests MICROSECONDS}. Argument: how many starts (default 5).
 */
public final class TestServerStarts {

    private static final int WARM_UP = 2_000;
    private static final int TIMED = 5_000;

    private TestServerStarts() {
    }

    public static void main(String[] args) throws Exception {
        int starts = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        for (int start = 1; start <= starts; start++) {
            long begin = System.nanoTime();
            try (InProcessTeamAuthServer server = InProcessTeamAuthServer.start()) {
                System.out.printf("%d %.0f%n", start, (System.nanoTime() - begin) / 1e6);
                if (start == starts) {
                    System.out.printf("requests %.1f%n", microsPerRequest(server.team()));
                }
            }
        }
    }

    /** A test's typical call, a list of the team's secrets, one at a time on one connection. */
    private static double microsPerRequest(TestTeam team) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest list = HttpRequest.newBuilder(URI.create(team.baseUrl() + "/teams/" + team.id() + "/secrets"))
                .header("Authorization", "Bearer " + team.adminKey()).build();
        for (int i = 0; i < WARM_UP; i++) {
            http.send(list, HttpResponse.BodyHandlers.discarding());
        }
        long begin = System.nanoTime();
        for (int i = 0; i < TIMED; i++) {
            if (http.send(list, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                throw new IllegalStateException("the list was not answered 200");
            }
        }
        return (System.nanoTime() - begin) / 1e3 / TIMED;
    }
}
