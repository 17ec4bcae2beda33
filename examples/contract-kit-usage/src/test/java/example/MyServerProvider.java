package example;

import io.github.teamauthkit.contract.ContractTarget;
import io.github.teamauthkit.contract.ContractTargetProvider;
import io.github.teamauthkit.testserver.InProcessTeamAuthServer;
import io.github.teamauthkit.testserver.TestTeam;

/** Starts the server under test (here the reference server, standing in for yours) and says how to reach it. */
public class MyServerProvider implements ContractTargetProvider {

    @Override
    public ContractTarget start() throws Exception {
        InProcessTeamAuthServer server = InProcessTeamAuthServer.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                // The JVM is exiting.
            }
        }));
        TestTeam team = server.team();
        return new ContractTarget(team.baseUrl(), team.id(), team.adminKey(), team.memberKey(), team.otherTeamAdminKey(),
                team.disposableMemberId(), team.disposableMemberKey());
    }
}
