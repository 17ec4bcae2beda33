package io.github.teamauthkit.testserver;

import io.github.teamauthkit.client.TeamAuthClient;
import io.github.teamauthkit.reference.fault.Faults;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link TeamAuthTestServer}: starts a server per class (or per test) and
 * resolves {@link TestTeam}, {@link TeamAuthClient} and {@link Faults} parameters. Each test's
 * faults are removed after it (what they did to the data stays); the server is closed when its
 * scope ends.
 */
public final class TeamAuthTestServerExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TeamAuthTestServerExtension.class);
    private static final String SERVER = "server";

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!freshPerTest(context)) {
            context.getStore(NAMESPACE).getOrComputeIfAbsent(SERVER, key -> start(), InProcessTeamAuthServer.class);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (freshPerTest(context)) {
            context.getStore(NAMESPACE).getOrComputeIfAbsent(SERVER, key -> start(), InProcessTeamAuthServer.class);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        InProcessTeamAuthServer server = context.getStore(NAMESPACE).get(SERVER, InProcessTeamAuthServer.class);
        if (server != null) {
            server.faults().clear();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TestTeam.class || type == TeamAuthClient.class || type == Faults.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // A test method's store sees its class's server through the parent stores.
        InProcessTeamAuthServer server = context.getStore(NAMESPACE).getOrComputeIfAbsent(SERVER, key -> start(), InProcessTeamAuthServer.class);
        Class<?> type = parameter.getParameter().getType();
        return type == Faults.class ? server.faults() : type == TestTeam.class ? server.team() : server.team().adminClient();
    }

    private static boolean freshPerTest(ExtensionContext context) {
        return context.getTestClass().flatMap(type -> AnnotationSupport.findAnnotation(type, TeamAuthTestServer.class))
                .map(TeamAuthTestServer::freshPerTest).orElse(false);
    }

    private static InProcessTeamAuthServer start() {
        try {
            return InProcessTeamAuthServer.start();
        } catch (Exception e) {
            throw new IllegalStateException("the Team & Auth test server did not start", e);
        }
    }
}
