package io.github.teamauthkit.contract;

import io.github.teamauthkit.testserver.InProcessTeamAuthServer;
import io.github.teamauthkit.testserver.TestTeam;
import java.io.IOException;

/**
 * Our build's target: the reference server in-process (test-server's), as the kit sees it.
 * Registered as the {@link ContractTargetProvider} of this module's tests.
 */
public final class InProcessReferenceServer implements AutoCloseable {

    /** The provider our test run registers: one server for the run, stopped when the JVM exits. */
    public static final class Provider implements ContractTargetProvider {

        @Override
        public ContractTarget start() throws IOException {
            InProcessReferenceServer server = new InProcessReferenceServer();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException e) {
                    // The JVM is exiting; a leftover temporary directory is all that is lost.
                }
            }));
            return server.target();
        }
    }

    private final InProcessTeamAuthServer server;
    private final ContractTarget target;

    InProcessReferenceServer() throws IOException {
        server = InProcessTeamAuthServer.start();
        TestTeam team = server.team();
        target = new ContractTarget(team.baseUrl(), team.id(), team.adminKey(), team.memberKey(), team.otherTeamAdminKey(),
                team.disposableMemberId(), team.disposableMemberKey());
    }

    ContractTarget target() {
        return target;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
