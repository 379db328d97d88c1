package org.dunwell.server.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dunwell.integrations.api.AgencyCase;
import org.dunwell.integrations.api.AgencyGateway;
import org.dunwell.integrations.api.PluginConfigurations;
import org.dunwell.integrations.api.PluginRuntimeConfiguration;
import org.dunwell.kernel.api.RuleViolationException;
import org.dunwell.kernel.api.UnavailableException;
import org.dunwell.plugin.api.PluginConfigurationException;
import org.dunwell.plugin.api.RejectedRequestException;
import org.dunwell.plugin.api.agency.AgencyUpdates;
import org.dunwell.plugin.api.agency.CaseRecall;
import org.dunwell.plugin.api.agency.CollectionAgencyProvider;
import org.dunwell.plugin.api.agency.HandoverReceipt;

/**
 * The collection agencies of the plugins, for the integrations module: cases out, receipts and updates in, translated
 * inside the bounded call (so garbage counts as the plugin's failure), and every way a call can go wrong turned into
 * the feature's own answer: unavailable (503) or refused (422).
 */
@ApplicationScoped
public class PluginAgencyGateway implements AgencyGateway {

    static final String HAND_OVER = "agency.handOver";
    static final String UPDATES = "agency.updates";
    static final String RECALL = "agency.recall";

    @Inject
    Plugins plugins;

    @Inject
    PluginConfigurations configurations;

    @Override
    public List<String> agencyPlugins() {
        return plugins.host().providers(CollectionAgencyProvider.class);
    }

    @Override
    public String handOver(String company, String plugin, AgencyCase handover) {
        return call(company, plugin, HAND_OVER, (agency, context) -> () -> {
            HandoverReceipt receipt = agency.handOver(AgencyTranslation.handover(handover), context);
            if (receipt == null) {
                throw new IllegalStateException("the plugin answered null instead of a receipt");
            }
            return AgencyTranslation.reference(receipt.agencyReference());
        });
    }

    @Override
    public Page updates(String company, String plugin, String cursor) {
        return call(company, plugin, UPDATES, (agency, context) -> () -> {
            AgencyUpdates updates = agency.updates(cursor, context);
            if (updates == null) {
                throw new IllegalStateException("the plugin answered null instead of updates");
            }
            return new Page(AgencyTranslation.events(updates.updates()), updates.nextCursor());
        });
    }

    @Override
    public void recall(String company, String plugin, String agencyReference, String caseNumber, String reason) {
        call(company, plugin, RECALL, (agency, context) -> () -> {
            agency.recall(new CaseRecall(agencyReference, caseNumber, reason, Map.of()), context);
            return Boolean.TRUE;
        });
    }

    private interface Ask<T> {
        Callable<T> ask(CollectionAgencyProvider agency, HostPluginContext context);
    }

    private <T> T call(String company, String plugin, String operation, Ask<T> ask) {
        PluginRuntimeConfiguration configuration = configurations.enabled(company, plugin).orElseThrow(() ->
                new RuleViolationException("plugin-disabled", "the plugin " + plugin + " is not enabled for " + company));
        CollectionAgencyProvider agency = plugins.host().extensions(CollectionAgencyProvider.class, plugin).stream()
                .findFirst().orElseThrow(() -> new UnavailableException("the collection agency is unavailable: the"
                        + " plugin " + plugin + " is not started (see /plugins)"));
        HostPluginContext context = plugins.context(configuration);
        try {
            return plugins.calls().call(plugin, operation, ask.ask(agency, context));
        } catch (RejectedRequestException e) {
            throw new RuleViolationException("agency-refused", "the agency of plugin " + plugin
                    + " refused the request: " + e.getMessage());
        } catch (PluginConfigurationException e) {
            throw new RuleViolationException("plugin-misconfigured", "the plugin " + plugin + " is not configured"
                    + " right for " + company + ": " + e.getMessage() + "; an administrator corrects it under /plugins");
        } catch (PluginCalls.CallFailed e) {
            throw new UnavailableException("the collection agency is unavailable: " + e.getMessage());
        }
    }
}
