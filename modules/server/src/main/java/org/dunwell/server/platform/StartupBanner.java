package org.dunwell.server.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Says where the server answers and, in the demo setup, who can log in. */
@ApplicationScoped
public class StartupBanner {

    @Inject
    @ConfigProperty(name = "http.port", defaultValue = "9080")
    String httpPort;

    @Inject
    @ConfigProperty(name = "dunwell.users", defaultValue = "demo")
    String users;

    void onSchemaReady(@Observes SchemaReady ready) {
        StringBuilder banner = new StringBuilder()
                .append(System.lineSeparator())
                .append("Dunwell is starting: the web workspace at http://localhost:").append(httpPort).append("/")
                .append(System.lineSeparator())
                .append("  the API at http://localhost:").append(httpPort).append("/api/v1")
                .append("  (health: /health, API description: /openapi, UI: /openapi/ui)")
                .append(System.lineSeparator());
        if ("demo".equals(users)) {
            banner.append("Demo users (DEMO ONLY, password = user name + \"-pw\"): admin, erp, manager, agent1, agent2,"
                    + " credit, clerk, cfo, monitor (/metrics); sign in to the workspace as agent1 / agent1-pw")
                    .append(System.lineSeparator())
                    .append("  e.g. curl -u manager:manager-pw http://localhost:").append(httpPort).append("/api/v1/jobs")
                    .append(System.lineSeparator());
        }
        System.out.print(banner);
    }
}
