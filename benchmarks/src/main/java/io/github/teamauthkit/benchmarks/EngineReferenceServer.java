package io.github.teamauthkit.benchmarks;

import io.github.teamauthkit.reference.http.ReferenceServer;
import io.github.teamauthkit.reference.security.AuthFailurePolicy;
import io.github.teamauthkit.reference.security.SecretCipher;
import io.github.teamauthkit.reference.store.Database;
import io.github.teamauthkit.reference.store.Seed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.jboss.resteasy.core.ResteasyDeploymentImpl;
import org.jboss.resteasy.plugins.server.embedded.EmbeddedJaxrsServer;
import org.jboss.resteasy.plugins.server.reactor.netty.ReactorNettyJaxrsServer;
import org.jboss.resteasy.plugins.server.vertx.VertxJaxrsServer;
import org.jboss.resteasy.plugins.server.vertx.VertxResteasyDeployment;
import org.jboss.resteasy.spi.ResteasyDeployment;

/**
 * The reference server's API, the same application and database, on one of RESTEasy's other embedded
 * engines (Vert.x or Reactor Netty) instead of Undertow: the engines the issue asked to measure.
 * Benchmark use only; no access log. Arguments: {@code vertx|reactor-netty PORT DATA_DIR FIXTURE.json}; with the
 * environment variable {@code DB_URL} set (and {@code DB_USER}, {@code DB_PASSWORD}), the data lives in that
 * PostgreSQL database instead, and DATA_DIR holds only the master key.
 *
 * <p>RESTEasy 6.2 marks its Vert.x and Reactor Netty servers deprecated for removal; they are what these peers are,
 * so the warning is acknowledged here, and the peers go when RESTEasy removes them.
 */
@SuppressWarnings("removal")
public final class EngineReferenceServer {

    private EngineReferenceServer() {
    }

    public static void main(String[] args) throws Exception {
        String engine = args[0];
        int port = Integer.parseInt(args[1]);
        Path data = Files.createDirectories(Path.of(args[2]));
        String url = System.getenv("DB_URL");
        Database database = url == null ? Database.embedded(data)
                : Database.open(url, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
        Seed.apply(database, Path.of(args[3]), Clock.systemUTC());

        ResteasyDeployment deployment = engine.equals("vertx") ? new VertxResteasyDeployment() : new ResteasyDeploymentImpl();
        deployment.setApplication(ReferenceServer.application(database, SecretCipher.fromKeyFile(data.resolve("master.key")),
                AuthFailurePolicy.limit(20), Clock.systemUTC()));
        EmbeddedJaxrsServer<?> server = switch (engine) {
            case "vertx" -> new VertxJaxrsServer();
            case "reactor-netty" -> new ReactorNettyJaxrsServer();
            default -> throw new IllegalArgumentException("engine must be vertx or reactor-netty, not " + engine);
        };
        server.setDeployment(deployment);
        server.setHostname("127.0.0.1");
        server.setPort(port);
        server.setRootResourcePath("/v1");
        server.start();
        System.out.println("Listening on http://127.0.0.1:" + port + "/v1");
        Thread.currentThread().join(); // Reactor Netty's threads are daemons: without this the JVM would exit here.
    }
}
