package io.github.teamauthkit.testserver;

import io.github.teamauthkit.client.TeamAuthClient;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link TeamAuthTestServer}: starts a server per class (or per test) and
 * resolves {@link TestTeam} and {@link TeamAuthClient} parameters. The server is closed when its
 * scope ends.
 */
public final class TeamAuthTestServerExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

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
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TestTeam.class || type == TeamAuthClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // A test method's store sees its class's server through the parent stores.
        TestTeam team = context.getStore(NAMESPACE).getOrComputeIfAbsent(SERVER, key -> start(), InProcessTeamAuthServer.class).team();
        return parameter.getParameter().getType() == TestTeam.class ? team : team.adminClient();
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
