package io.github.teamauthkit.server.runtime;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.HashSet;
import java.util.Set;
import org.jboss.resteasy.plugins.server.undertow.UndertowJaxrsServer;

/**
 * RESTEasy on Undertow, on a free loopback port, serving {@link TinyTeamAuthImplementation}. Shared
 * with the contract tests through this module's test-jar.
 */
public final class TinyServer implements AutoCloseable {

    @ApplicationPath("/v1")
    public static final class TinyApplication extends Application {
        @Override
        public Set<Object> getSingletons() {
            Set<Object> singletons = new HashSet<>(TinyTeamAuthImplementation.resources());
            singletons.add(new TeamAuthServerFeature());
            return singletons;
        }
    }

    private final UndertowJaxrsServer server;
    private final int port;

    public TinyServer() {
        port = freePort();
        server = new UndertowJaxrsServer().setHostname("127.0.0.1").setPort(port);
        server.start();
        server.deploy(new TinyApplication(), "/");
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + "/v1" + path);
    }

    @Override
    public void close() {
        server.stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
