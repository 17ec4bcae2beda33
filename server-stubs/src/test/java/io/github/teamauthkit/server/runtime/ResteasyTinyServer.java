package io.github.teamauthkit.server.runtime;

import java.net.URI;
import org.jboss.resteasy.plugins.server.undertow.UndertowJaxrsServer;

/** {@link TinyServer} on RESTEasy classic and Undertow. */
final class ResteasyTinyServer implements TinyServer {

    private final UndertowJaxrsServer server;
    private final int port;

    ResteasyTinyServer(int port) {
        this.port = port;
        server = new UndertowJaxrsServer().setHostname("127.0.0.1").setPort(port);
        server.start();
        server.deploy(new TinyApplication(), "/");
    }

    @Override
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + "/v1" + path);
    }

    @Override
    public void close() {
        server.stop();
    }
}
