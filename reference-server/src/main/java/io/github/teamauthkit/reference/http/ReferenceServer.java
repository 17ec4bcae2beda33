package io.github.teamauthkit.reference.http;

import io.github.teamauthkit.reference.impl.AuthenticationApiImpl;
import io.github.teamauthkit.reference.impl.TeamMembersApiImpl;
import io.github.teamauthkit.reference.impl.TeamSecretsApiImpl;
import io.github.teamauthkit.reference.security.AccessFilter;
import io.github.teamauthkit.reference.security.AuthFailureLimiter;
import io.github.teamauthkit.reference.security.BodyLimitFilter;
import io.github.teamauthkit.reference.security.RequestTargetFilter;
import io.github.teamauthkit.reference.security.PageCursors;
import io.github.teamauthkit.reference.security.SecretCipher;
import io.github.teamauthkit.reference.store.Database;
import io.github.teamauthkit.server.runtime.TeamAuthServerFeature;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.handlers.GracefulShutdownHandler;
import io.undertow.server.handlers.RequestBufferingHandler;
import io.undertow.servlet.Servlets;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.DeploymentManager;
import jakarta.servlet.ServletException;
import jakarta.ws.rs.core.Application;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLContext;
import org.xnio.Options;
import org.xnio.Sequence;
import org.jboss.resteasy.core.ResteasyDeploymentImpl;
import org.jboss.resteasy.plugins.server.undertow.UndertowJaxrsServer;
import org.jboss.resteasy.spi.ResteasyDeployment;

/**
 * The reference server: the generated interfaces' implementations on RESTEasy and Undertow, with
 * health, spec and docs routes beside the API. {@link #close()} lets in-flight requests finish.
 */
public final class ReferenceServer implements AutoCloseable {

    private static final long DRAIN_MILLIS = 10_000;
    /** Buffers (16 KiB each) a request body may fill before it is handled: the 64 KiB limit, and one more to see it passed. */
    private static final int BODY_BUFFERS = 5;
    /** A client gets this long to send its request line and headers. */
    private static final int HEADER_MILLIS = 10_000;
    /** A connection without a request for this long is closed. */
    private static final int IDLE_MILLIS = 60_000;
    /** TLS 1.2 and 1.3 only. */
    private static final List<String> TLS_PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");
    /** Forward-secret AEAD suites only ("only high-strength symmetric ciphers"): no CBC, no RSA key exchange. */
    private static final List<String> TLS_SUITES = List.of("TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256",
            "TLS_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");
    /** A connection that sends nothing for this long in the middle of a request is closed. */
    private static final int READ_MILLIS = 30_000;

    private final Undertow undertow;
    private final DeploymentManager deployment;
    private final GracefulShutdownHandler graceful;
    private final URI baseUri;

    private ReferenceServer(Undertow undertow, DeploymentManager deployment, GracefulShutdownHandler graceful, URI baseUri) {
        this.undertow = undertow;
        this.deployment = deployment;
        this.graceful = graceful;
        this.baseUri = baseUri;
    }

    /**
     * Starts a server.
     *
     * @param host             the address to listen on
     * @param port             the port; 0 for any free port
     * @param tls              the TLS context for HTTPS, or null for plain HTTP
     * @param database         the store
     * @param cipher           encrypts secret values
     * @param authFailureLimit failed authentications allowed per client address per minute
     * @param clock            the time source
     * @return the running server
     */
    public static ReferenceServer start(String host, int port, SSLContext tls, Database database, SecretCipher cipher,
            int authFailureLimit, Clock clock) {
        ResteasyDeployment resteasy = new ResteasyDeploymentImpl();
        resteasy.setApplication(application(database, cipher, authFailureLimit, clock));
        DeploymentInfo info = new UndertowJaxrsServer().undertowDeployment(resteasy, "/")
                .setContextPath("/v1")
                .setDeploymentName("teamauth")
                .setClassLoader(ReferenceServer.class.getClassLoader());
        DeploymentManager manager = Servlets.newContainer().addDeployment(info);
        manager.deploy();
        try {
            // The whole body (up to the 64 KiB limit) is read on the I/O threads before a worker thread
            // takes the request: a client that sends its body slowly holds a connection, not a worker.
            GracefulShutdownHandler graceful = Handlers.gracefulShutdown(new RequestBufferingHandler(
                    new AccessLog(StaticRoutes.around(manager.start(), database)), BODY_BUFFERS));
            Undertow.Builder builder = Undertow.builder().setHandler(graceful)
                    .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, HEADER_MILLIS)
                    .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, IDLE_MILLIS)
                    .setSocketOption(Options.READ_TIMEOUT, READ_MILLIS);
            if (tls == null) {
                builder.addHttpListener(port, host);
            } else {
                builder.addHttpsListener(port, host, tls)
                        .setSocketOption(Options.SSL_ENABLED_PROTOCOLS, Sequence.of(TLS_PROTOCOLS))
                        .setSocketOption(Options.SSL_ENABLED_CIPHER_SUITES, Sequence.of(TLS_SUITES));
            }
            Undertow undertow = builder.build();
            undertow.start();
            InetSocketAddress bound = (InetSocketAddress) undertow.getListenerInfo().get(0).getAddress();
            URI base = URI.create((tls == null ? "http" : "https") + "://" + uriHost(host) + ":" + bound.getPort() + "/v1");
            return new ReferenceServer(undertow, manager, graceful, base);
        } catch (ServletException e) {
            throw new IllegalStateException("cannot start the Jakarta REST deployment", e);
        }
    }

    /**
     * The Jakarta REST application of the API alone, for any HTTP engine RESTEasy runs on: the
     * resources, the stubs' runtime, and the access and body-size filters.
     *
     * @param database         the store
     * @param cipher           encrypts secret values
     * @param authFailureLimit refused keys allowed per client address per minute
     * @param clock            the time source
     * @return the application, to deploy at {@code /v1}
     */
    public static Application application(Database database, SecretCipher cipher, int authFailureLimit, Clock clock) {
        PageCursors cursors = new PageCursors(cipher.derive("teamauth page cursors v1"));
        return new ReferenceApplication(Set.of(
                new AuthenticationApiImpl(database),
                new TeamMembersApiImpl(database, cursors, clock),
                new TeamSecretsApiImpl(database, cipher, cursors, clock),
                new TeamAuthServerFeature(),
                new DatabaseUnavailableMapper(),
                new AccessFilter(database, new AuthFailureLimiter(authFailureLimit, clock, database)),
                new RequestTargetFilter(),
                new BodyLimitFilter()));
    }

    /**
     * The API's base URI, e.g. {@code http://127.0.0.1:8080/v1}.
     *
     * @return the base URI
     */
    public URI baseUri() {
        return baseUri;
    }

    @Override
    public void close() {
        graceful.shutdown();
        try {
            graceful.awaitShutdown(DRAIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        undertow.stop();
        try {
            deployment.stop();
        } catch (ServletException e) {
            throw new IllegalStateException("cannot stop the Jakarta REST deployment", e);
        } finally {
            deployment.undeploy();
        }
    }

    private static String uriHost(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
