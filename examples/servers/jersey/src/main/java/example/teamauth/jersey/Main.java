package example.teamauth.jersey;

import example.teamauth.TeamAuthComponents;
import example.teamauth.TeamAuthData;
import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * Serves the in-memory implementation with Jersey on Jetty 12, through Jakarta REST's standard
 * {@link SeBootstrap}. The API is served at the root: Jersey's Jetty container ignores a root path.
 * {@code --port 0} takes a free port; the address is printed once the server listens.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length == 2 && args[0].equals("--port") ? Integer.parseInt(args[1]) : 8080;
        TeamAuthData data = TeamAuthData.demo();
        Application application = new Application() {
            @Override
            public Set<Object> getSingletons() {
                return TeamAuthComponents.of(data);
            }
        };
        SeBootstrap.Configuration configuration = SeBootstrap.Configuration.builder().host("127.0.0.1").port(port).build();
        SeBootstrap.Instance instance = SeBootstrap.start(application, configuration).toCompletableFuture().get();
        System.out.println("Listening on " + instance.configuration().baseUri());
        Thread.currentThread().join();
    }
}
