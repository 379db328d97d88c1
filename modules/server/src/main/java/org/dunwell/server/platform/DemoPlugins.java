package org.dunwell.server.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.dunwell.integrations.api.PluginConfigurationChange;
import org.dunwell.integrations.api.PluginConfigurations;
import org.dunwell.kernel.api.CompanyCode;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.Companies;
import org.dunwell.server.plugins.PluginView;
import org.dunwell.server.plugins.Plugins;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo setup's plugins: when {@code dunwell.demo.sandboxes} is true, each reference plugin the plugins folder holds
 * (Kestrel bureau, Osprey insurer, Heron agency) is configured and enabled for the demo company, pointed at the sandbox
 * of its fictional vendor ({@code dunwell.demo.sandboxesUrl}, by default this server's {@code /sandbox}) with the
 * sandbox's credentials. Runs after the demo data; a plugin already configured in the demo company (by a person or an
 * earlier start) is left as it is.
 */
@ApplicationScoped
public class DemoPlugins {

    private static final Logger LOG = Logger.getLogger(DemoPlugins.class.getName());
    private static final UserName DEMO = UserName.of("system:demo");

    @Inject
    @ConfigProperty(name = "dunwell.demo.sandboxes", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "dunwell.demo.sandboxesUrl", defaultValue = "http://localhost:9080/sandbox")
    String sandboxesUrl;

    @Inject
    Companies companies;

    @Inject
    Plugins plugins;

    @Inject
    PluginConfigurations configurations;

    /** A sandbox's configuration of one reference plugin: settings and secrets. */
    record SandboxConfiguration(Map<String, String> settings, Map<String, String> secrets) {
    }

    void configure(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) SchemaReady ready) {
        if (!enabled || companies.find(CompanyCode.of(DemoDataLoader.COMPANY)).isEmpty()) {
            return;
        }
        Set<String> present = plugins.list().stream().map(PluginView::id).collect(Collectors.toSet());
        sandboxConfigurations(sandboxesUrl).forEach((plugin, sandbox) -> {
            if (!present.contains(plugin)) {
                LOG.info("Demo: plugin " + plugin + " is not in the plugins folder; its sandbox is not used");
                return;
            }
            try {
                if (configurations.configuration(DemoDataLoader.COMPANY, plugin).version() == 0) {
                    configurations.configure(DemoDataLoader.COMPANY, plugin, new PluginConfigurationChange(true,
                            sandbox.settings(), sandbox.secrets(), "demo setup: the vendor's sandbox"), 0L, DEMO);
                    LOG.info("Demo: plugin " + plugin + " enabled for " + DemoDataLoader.COMPANY
                            + " against its sandbox at " + sandbox.settings().get("baseUrl"));
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Demo: plugin " + plugin + " was not configured", e);
            }
        });
    }

    /** Each reference plugin's configuration against the sandboxes under {@code url} (plugins/sandboxes). */
    static Map<String, SandboxConfiguration> sandboxConfigurations(String url) {
        String base = url.replaceAll("/+$", "");
        return Map.of(
                "bureau-kestrel", new SandboxConfiguration(Map.of("baseUrl", base + "/kestrel",
                        "oauth.tokenUrl", base + "/kestrel/oauth/token", "oauth.clientId", "dunwell-demo"),
                        Map.of("oauth.clientSecret", "kestrel-sandbox-secret")),
                "insurer-osprey", new SandboxConfiguration(Map.of("baseUrl", base + "/osprey",
                        "oauth.tokenUrl", base + "/osprey/oauth/token", "oauth.clientId", "dunwell-demo"),
                        Map.of("oauth.clientSecret", "osprey-sandbox-secret")),
                "agency-heron", new SandboxConfiguration(Map.of("baseUrl", base + "/heron"),
                        Map.of("apiKey", "heron-sandbox-key")));
    }
}
