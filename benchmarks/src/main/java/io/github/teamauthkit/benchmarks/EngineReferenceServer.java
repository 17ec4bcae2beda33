package io.github.teamauthkit.benchmarks;

import io.github.teamauthkit.reference.http.ReferenceServer;
import io.github.teamauthkit.reference.security.SecretCipher;
import io.github.teamauthkit.reference.store.Database;
import io.github.teamauthkit.reference.store.Seed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.jboss.resteasy.plugins.server.vertx.VertxResteasyDeployment;
import org.jboss.resteasy.plugins.server.vertx.VertxJaxrsServer;
import org.jboss.resteasy.spi.ResteasyDeployment;

/**
 * The reference server's API, the same application and database, on RESTEasy's Vert.x engine
 * instead of Undertow: the other engine the issue asked to measure. Benchmark use only.
 * Arguments: PORT DATA_DIR FIXTURE.json.
 */
public final class VertxReferenceServer {

    private VertxReferenceServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path data = Files.createDirectories(Path.of(args[1]));
        Database database = Database.embedded(data);
        Seed.apply(database, Path.of(args[2]), Clock.systemUTC());
        ResteasyDeployment deployment = new VertxResteasyDeployment();
        deployment.setApplication(ReferenceServer.application(database, SecretCipher.fromKeyFile(data.resolve("master.key")),
                20, Clock.systemUTC()));
        new VertxJaxrsServer().setDeployment(deployment).setHostname("127.0.0.1").setPort(port).setRootResourcePath("/v1").start();
        System.out.println("Listening on http://127.0.0.1:" + port + "/v1");
    }
}
