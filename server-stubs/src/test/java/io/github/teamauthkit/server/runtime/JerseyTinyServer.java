package io.github.teamauthkit.server.runtime;

import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** {@link TinyServer} on Jersey and the JDK's HTTP server. */
final class JerseyTinyServer implements TinyServer {

    private final HttpServer server;
    private final URI base;

    JerseyTinyServer(int port) {
        base = URI.create("http://127.0.0.1:" + port + "/v1");
        // The JDK container takes the application's path from the base URI it is given, not from @ApplicationPath.
        server = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:" + port + "/"),
                ResourceConfig.forApplication(new TinyApplication()));
    }

    @Override
    public URI uri(String path) {
        return URI.create(base + path);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
