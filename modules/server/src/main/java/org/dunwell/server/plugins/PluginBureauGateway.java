package org.dunwell.server.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dunwell.integrations.api.BureauFinding;
import org.dunwell.integrations.api.BureauGateway;
import org.dunwell.integrations.api.BureauSubject;
import org.dunwell.integrations.api.PluginConfigurations;
import org.dunwell.integrations.api.PluginRuntimeConfiguration;
import org.dunwell.kernel.api.RuleViolationException;
import org.dunwell.kernel.api.UnavailableException;
import org.dunwell.plugin.api.PluginConfigurationException;
import org.dunwell.plugin.api.RejectedRequestException;
import org.dunwell.plugin.api.bureau.CompanyQuery;
import org.dunwell.plugin.api.bureau.CreditBureauProvider;

/**
 * The credit bureaus of the plugins, for the integrations module: the company's configuration in, the bureau's
 * report translated into a {@link BureauFinding} (inside the bounded call, so garbage counts as the plugin's failure),
 * and every way a call can go wrong turned into the feature's own answer: unavailable (503) or refused (422).
 */
@ApplicationScoped
public class PluginBureauGateway implements BureauGateway {

    static final String OPERATION = "bureau.report";

    @Inject
    Plugins plugins;

    @Inject
    PluginConfigurations configurations;

    @Override
    public List<String> bureauPlugins() {
        return plugins.host().providers(CreditBureauProvider.class);
    }

    @Override
    public Optional<BureauFinding> report(String company, String plugin, BureauSubject subject) {
        PluginRuntimeConfiguration configuration = configurations.enabled(company, plugin).orElseThrow(() ->
                new RuleViolationException("plugin-disabled", "the plugin " + plugin + " is not enabled for " + company));
        CreditBureauProvider bureau = plugins.host().extensions(CreditBureauProvider.class, plugin).stream()
                .findFirst().orElseThrow(() -> new UnavailableException("credit bureau reports are unavailable: the"
                        + " plugin " + plugin + " is not started (see /plugins)"));
        CompanyQuery query = new CompanyQuery(subject.registrationNumber(), subject.name(), subject.country(), Map.of());
        HostPluginContext context = plugins.context(configuration);
        try {
            return plugins.calls().call(plugin, OPERATION, () -> {
                var report = bureau.report(query, context);
                if (report == null) {
                    throw new IllegalStateException("the plugin answered null instead of a report or none");
                }
                return report.map(BureauTranslation::finding);
            });
        } catch (RejectedRequestException e) {
            throw new RuleViolationException("bureau-refused", "the credit bureau of plugin " + plugin
                    + " refused the query: " + e.getMessage());
        } catch (PluginConfigurationException e) {
            throw new RuleViolationException("plugin-misconfigured", "the plugin " + plugin + " is not configured"
                    + " right for " + company + ": " + e.getMessage() + "; an administrator corrects it under /plugins");
        } catch (PluginCalls.CallFailed e) {
            throw new UnavailableException("credit bureau reports are unavailable: " + e.getMessage());
        }
    }
}
