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

/**
 * {@link TinyTeamAuthImplementation} served on a free loopback port by one Jakarta REST runtime,
 * registered as the README tells users to. Shared with the contract tests through this module's test-jar.
 */
public interface TinyServer extends AutoCloseable {

    /**
     * The implementation on RESTEasy classic and Undertow, as the reference server runs.
     *
     * @return the started server
     */
    static TinyServer resteasy() {
        return new ResteasyTinyServer(freePort());
    }

    /**
     * The implementation on Jersey and the JDK's HTTP server.
     *
     * @return the started server
     */
    static TinyServer jersey() {
        return new JerseyTinyServer(freePort());
    }

    /**
     * The URI of a path of the API.
     *
     * @param path the path below {@code /v1}, starting with {@code /}
     * @return the absolute URI
     */
    URI uri(String path);

    @Override
    void close();

    /** The implementation and the runtime's feature, as a user's application lists them. */
    @ApplicationPath("/v1")
    final class TinyApplication extends Application {
        @Override
        public Set<Object> getSingletons() {
            Set<Object> singletons = new HashSet<>(TinyTeamAuthImplementation.resources());
            singletons.add(new TeamAuthServerFeature());
            return singletons;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
