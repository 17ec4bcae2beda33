package io.github.teamauthkit.reference.http;

import io.github.teamauthkit.reference.fault.FaultFilter;
import io.github.teamauthkit.reference.fault.Faults;
import io.github.teamauthkit.reference.impl.AuthenticationApiImpl;
import io.github.teamauthkit.reference.impl.TeamMembersApiImpl;
import io.github.teamauthkit.reference.impl.TeamSecretsApiImpl;
import io.github.teamauthkit.reference.security.AccessFilter;
import io.github.teamauthkit.reference.security.AuthFailureLimiter;
import io.github.teamauthkit.reference.security.AuthFailurePolicy;
import io.github.teamauthkit.reference.security.BodyLimitFilter;
import io.github.teamauthkit.reference.security.RequestTargetFilter;
import io.github.teamauthkit.reference.security.PageCursors;
import io.github.teamauthkit.reference.security.SecretCipher;
import io.github.teamauthkit.reference.store.Database;
import io.github.teamauthkit.server.runtime.TeamAuthServerFeature;
import io.undertow.Handlers;
import io.undertow.server.handlers.GracefulShutdownHandler;
import io.undertow.server.handlers.RequestBufferingHandler;
import io.undertow.servlet.Servlets;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.DeploymentManager;
import io.undertow.servlet.api.ErrorPage;
import jakarta.servlet.ServletException;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.Set;
import javax.net.ssl.SSLContext;
import org.jboss.resteasy.core.ResteasyDeploymentImpl;
import org.jboss.resteasy.plugins.server.undertow.UndertowJaxrsServer;
import org.jboss.resteasy.spi.ResteasyDeployment;

/**
 * The reference server: the generated interfaces' implementations on RESTEasy and Undertow, with
 * health, spec and docs routes beside the API. {@link #close()} lets in-flight requests finish.
 */
public final class ReferenceServer implements AutoCloseable {

    /** The logger of the access log, one line per request. */
    public static final String ACCESS_LOG = "io.github.teamauthkit.reference.access";

    private static final long DRAIN_MILLIS = 10_000;
    /** Buffers a request body may fill before it is handled: the 64 KiB limit, and one more to see it passed. */
    private static final int BODY_BUFFERS = 64 * 1024 / HttpListener.BUFFER_BYTES + 2;

    private final HttpListener listener;
    private final DeploymentManager deployment;
    private final GracefulShutdownHandler graceful;
    private final URI baseUri;
    private final Faults faults;

    private ReferenceServer(HttpListener listener, DeploymentManager deployment, GracefulShutdownHandler graceful, URI baseUri,
            Faults faults) {
        this.listener = listener;
        this.deployment = deployment;
        this.graceful = graceful;
        this.baseUri = baseUri;
        this.faults = faults;
    }

    /**
     * Starts a server.
     *
     * @param host             the address to listen on
     * @param port             the port; 0 for any free port
     * @param tls              the TLS context for HTTPS, or null for plain HTTP
     * @param database         the store
     * @param cipher           encrypts secret values
     * @param authFailures     how failed authentications are limited
     * @param clock            the time source
     * @return the running server
     */
    public static ReferenceServer start(String host, int port, SSLContext tls, Database database, SecretCipher cipher,
            AuthFailurePolicy authFailures, Clock clock) {
        Faults faults = faultPlan();
        ResteasyDeployment resteasy = new ResteasyDeploymentImpl();
        resteasy.setApplication(application(database, cipher, authFailures, clock, faults));
        DeploymentInfo info = new UndertowJaxrsServer().undertowDeployment(resteasy, "/")
                .setContextPath("/v1")
                .setDeploymentName("teamauth")
                .setClassLoader(ReferenceServer.class.getClassLoader())
                .addServlet(Servlets.servlet("errors", JsonErrorPage.class).addMapping(JsonErrorPage.PATH))
                .addErrorPage(new ErrorPage(JsonErrorPage.PATH));
        DeploymentManager manager = Servlets.newContainer().addDeployment(info);
        manager.deploy();
        try {
            // An overlong target is refused before its body is read or its path matched. The whole body
            // (up to the 64 KiB limit) is read on the I/O threads before a worker thread takes the
            // request: a client that sends its body slowly holds a connection, not a worker.
            GracefulShutdownHandler graceful = Handlers.gracefulShutdown(new AccessLog(new RawTargetCheck(new RequestBodyCheck(
                    new RequestBufferingHandler(StaticRoutes.around(new FaultedAnswers(faults, manager.start()), database), BODY_BUFFERS)))));
            HttpListener listener = HttpListener.start(host, port, tls,
                    ConnectionLimits.forThisProcess(authFailures.trustedProxies()), graceful);
            URI base = URI.create((tls == null ? "http" : "https") + "://" + uriHost(host) + ":" + listener.address().getPort() + "/v1");
            return new ReferenceServer(listener, manager, graceful, base, faults);
        } catch (ServletException e) {
            throw new IllegalStateException("cannot start the Jakarta REST deployment", e);
        } catch (IOException e) {
            // A BindException as the cause: the command line names the address in use.
            throw new UncheckedIOException("cannot listen on " + host + ":" + port, e);
        }
    }

    /**
     * The Jakarta REST application of the API alone, for any HTTP engine RESTEasy runs on: the
     * resources, the stubs' runtime, and the access and body-size filters.
     *
     * @param database         the store
     * @param cipher           encrypts secret values
     * @param authFailures     how failed authentications are limited
     * @param clock            the time source
     * @return the application, to deploy at {@code /v1}
     */
    public static Application application(Database database, SecretCipher cipher, AuthFailurePolicy authFailures, Clock clock) {
        return application(database, cipher, authFailures, clock, faultPlan());
    }

    private static Application application(Database database, SecretCipher cipher, AuthFailurePolicy authFailures, Clock clock,
            Faults faults) {
        PageCursors cursors = new PageCursors(cipher.derive("teamauth page cursors v1"));
        return new ReferenceApplication(Set.of(
                new AuthenticationApiImpl(database),
                new TeamMembersApiImpl(database, cursors, clock),
                new TeamSecretsApiImpl(database, cipher, cursors, clock),
                new TeamAuthServerFeature(),
                new DatabaseUnavailableMapper(),
                new AccessFilter(database, new AuthFailureLimiter(authFailures, clock, database)),
                new RequestTargetFilter(),
                new BodyLimitFilter(),
                new FaultFilter(faults)));
    }

    /** An empty plan for the operations the resources implement. */
    private static Faults faultPlan() {
        return new Faults(AuthenticationApiImpl.class, TeamMembersApiImpl.class, TeamSecretsApiImpl.class);
    }

    /**
     * The API's base URI, e.g. {@code http://127.0.0.1:8080/v1}.
     *
     * @return the base URI
     */
    public URI baseUri() {
        return baseUri;
    }

    /**
     * The server's fault plan, empty until rules are added: see {@link Faults}.
     *
     * @return the plan, applied to every request from now on
     */
    public Faults faults() {
        return faults;
    }

    @Override
    public void close() {
        listener.stopAccepting();
        graceful.shutdown();
        try {
            graceful.awaitShutdown(DRAIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        listener.close();
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
