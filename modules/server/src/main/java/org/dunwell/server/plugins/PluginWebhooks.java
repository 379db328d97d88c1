package org.dunwell.server.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.dunwell.integrations.api.AgencyEvent;
import org.dunwell.integrations.api.AgencyHandovers;
import org.dunwell.integrations.api.AgencyRound;
import org.dunwell.integrations.api.InsuranceClaims;
import org.dunwell.integrations.api.InsuranceCovers;
import org.dunwell.integrations.api.InsurerClaimAnswer;
import org.dunwell.integrations.api.InsurerDecision;
import org.dunwell.integrations.api.PluginConfigurations;
import org.dunwell.integrations.api.PluginRuntimeConfiguration;
import org.dunwell.kernel.api.ForbiddenException;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.RuleViolationException;
import org.dunwell.kernel.api.UnavailableException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.plugin.api.PluginConfigurationException;
import org.dunwell.plugin.api.RejectedRequestException;
import org.dunwell.plugin.api.WebhookRejectedException;
import org.dunwell.plugin.api.WebhookRequest;
import org.dunwell.plugin.api.agency.CollectionAgencyProvider;
import org.dunwell.plugin.api.insurance.CreditInsuranceProvider;
import org.dunwell.plugin.api.insurance.InsuranceUpdate;

/**
 * A vendor's call into the host, for a plugin enabled in a company: the plugin checks that it is authentic and reads
 * it (a bounded call, like every other), and what it holds is applied as the polling would apply it, as the system
 * user: an agency's updates (each once), an insurer's decided covers. A plugin not enabled in the company is not
 * found; a call the plugin does not trust is forbidden; a plugin that is down answers 503, so the vendor sends again.
 */
@ApplicationScoped
public class PluginWebhooks {

    static final String AGENCY = "agency.webhook";
    static final String INSURER = "insurance.webhook";

    @Inject
    Plugins plugins;

    @Inject
    PluginConfigurations configurations;

    @Inject
    AgencyHandovers handovers;

    @Inject
    InsuranceCovers covers;

    @Inject
    InsuranceClaims claims;

    /** What a webhook call came to. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "WebhookReceipt", description = "What a"
            + " webhook call held (received) and how many of those changed something here (applied; the rest were"
            + " known already, or for nothing known here).")
    public record Receipt(int received, int applied) {
    }

    public Receipt receive(String company, String plugin, WebhookRequest request) {
        PluginRuntimeConfiguration configuration = configurations.enabled(company, plugin)
                .orElseThrow(() -> new NotFoundException("plugin", plugin));
        HostPluginContext context = plugins.context(configuration);
        List<CollectionAgencyProvider> agencies = plugins.host().extensions(CollectionAgencyProvider.class, plugin);
        if (!agencies.isEmpty()) {
            List<AgencyEvent> events = bounded(plugin, AGENCY, () -> AgencyTranslation.events(
                    agencies.get(0).readWebhook(request, context)));
            AgencyRound round = handovers.receive(company, plugin, events, UserName.SYSTEM);
            return new Receipt(events.size(), round.applied());
        }
        List<CreditInsuranceProvider> insurers = plugins.host().extensions(CreditInsuranceProvider.class, plugin);
        if (!insurers.isEmpty()) {
            InsuranceTranslation.PolicyDefaults defaults;
            try {
                defaults = InsuranceTranslation.PolicyDefaults.of(configuration.settings());
            } catch (IllegalArgumentException e) {
                throw new UnavailableException("the plugin " + plugin + " is not configured right: " + e.getMessage());
            }
            List<InsuranceUpdate> updates = bounded(plugin, INSURER, () -> {
                List<InsuranceUpdate> read = insurers.get(0).readWebhook(request, context);
                // translated inside the bounded call: garbage is the plugin's failure
                read.forEach(update -> {
                    if (update instanceof InsuranceUpdate.CoverDecided decided) {
                        InsuranceTranslation.decision(decided.decision(), defaults);
                    } else if (update instanceof InsuranceUpdate.ClaimChanged changed) {
                        InsuranceTranslation.claim(changed.status());
                    }
                });
                return read;
            });
            List<InsurerDecision> decisions = new ArrayList<>();
            List<InsurerClaimAnswer> answers = new ArrayList<>();
            for (InsuranceUpdate update : updates) {
                if (update instanceof InsuranceUpdate.CoverDecided decided) {
                    decisions.add(InsuranceTranslation.decision(decided.decision(), defaults));
                } else if (update instanceof InsuranceUpdate.ClaimChanged changed) {
                    answers.add(InsuranceTranslation.claim(changed.status()));
                }
            }
            return new Receipt(updates.size(), covers.receive(company, plugin, decisions, UserName.SYSTEM)
                    + claims.receive(company, plugin, answers, UserName.SYSTEM));
        }
        throw new NotFoundException("plugin", plugin);
    }

    private <T> T bounded(String plugin, String operation, java.util.concurrent.Callable<T> read) {
        try {
            return plugins.calls().call(plugin, operation, read);
        } catch (WebhookRejectedException e) {
            throw new ForbiddenException("the call is not authentic for plugin " + plugin + ": " + e.getMessage());
        } catch (RejectedRequestException e) {
            throw new RuleViolationException("webhook-refused", "the plugin " + plugin + " refused the call: "
                    + e.getMessage());
        } catch (PluginConfigurationException | PluginCalls.CallFailed e) {
            // the vendor sends again later; by then an administrator may have set the secret
            throw new UnavailableException("the plugin " + plugin + " could not read the call: " + e.getMessage());
        }
    }
}
