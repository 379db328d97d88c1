package org.dunwell.server.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Each plugin's state and its calls' circuit breaker, in {@code /health}. The check stays UP when a plugin failed or
 * its breaker is open: one integration down degrades its feature, and a server reported not ready would be taken
 * out of the load balancer for every feature. The data says which plugin is in trouble.
 */
@Readiness
@ApplicationScoped
public class PluginHealthCheck implements HealthCheck {

    @Inject
    Plugins plugins;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("plugins").up();
        for (PluginView plugin : plugins.list()) {
            response.withData(plugin.id(), plugin.state() + ", breaker " + plugin.breaker()
                    + (plugin.problem() == null ? "" : ": " + plugin.problem()));
        }
        return response.build();
    }
}
