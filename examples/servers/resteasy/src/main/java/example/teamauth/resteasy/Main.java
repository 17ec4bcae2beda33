package example.teamauth.resteasy;

import example.teamauth.TeamAuthComponents;
import example.teamauth.TeamAuthData;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.jboss.resteasy.core.ResteasyDeploymentImpl;
import org.jboss.resteasy.plugins.server.servlet.HttpServlet30Dispatcher;
import org.jboss.resteasy.spi.ResteasyDeployment;

/**
 * Serves the in-memory implementation with RESTEasy classic as a servlet in Jetty 12.
 * {@code --port 0} takes a free port; the address is printed once the server listens.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length == 2 && args[0].equals("--port") ? Integer.parseInt(args[1]) : 8080;
        TeamAuthData data = TeamAuthData.demo();
        ResteasyDeployment deployment = new ResteasyDeploymentImpl();
        deployment.setApplication(new Application() {
            @Override
            public Set<Object> getSingletons() {
                return TeamAuthComponents.of(data);
            }
        });
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        // The dispatcher takes the deployment made here instead of building its own from web.xml parameters.
        context.setAttribute(ResteasyDeployment.class.getName(), deployment);
        context.addServlet(new ServletHolder(new HttpServlet30Dispatcher()), "/*");
        server.setHandler(context);
        server.start();
        System.out.println("Listening on http://127.0.0.1:" + connector.getLocalPort());
        server.join();
    }
}
