package org.dunwell.server.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;
import org.dunwell.integrations.api.InsuranceSubject;
import org.dunwell.integrations.api.InsuredInvoice;
import org.dunwell.integrations.api.InsurerClaimAnswer;
import org.dunwell.integrations.api.InsurerDecision;
import org.dunwell.integrations.api.InsurerGateway;
import org.dunwell.integrations.api.PluginConfigurations;
import org.dunwell.integrations.api.PluginRuntimeConfiguration;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.RuleViolationException;
import org.dunwell.kernel.api.UnavailableException;
import org.dunwell.plugin.api.MonetaryAmount;
import org.dunwell.plugin.api.PluginConfigurationException;
import org.dunwell.plugin.api.RejectedRequestException;
import org.dunwell.plugin.api.insurance.ClaimRequest;
import org.dunwell.plugin.api.insurance.CoverDecision;
import org.dunwell.plugin.api.insurance.CreditInsuranceProvider;
import org.dunwell.plugin.api.insurance.OverdueNotification;

/**
 * The trade-credit insurers of the plugins, for the integrations module: the company's configuration in, the
 * insurer's decision translated into an {@link InsurerDecision} (inside the bounded call, so garbage counts as the
 * plugin's failure), and every way a call can go wrong turned into the feature's own answer: unavailable (503) or
 * refused (422).
 */
@ApplicationScoped
public class PluginInsurerGateway implements InsurerGateway {

    static final String REQUEST = "insurance.requestCover";
    static final String STATUS = "insurance.coverStatus";
    static final String NOTICE = "insurance.notifyOverdue";
    static final String CLAIM = "insurance.fileClaim";
    static final String CLAIM_STATUS = "insurance.claimStatus";

    @Inject
    Plugins plugins;

    @Inject
    PluginConfigurations configurations;

    @Override
    public List<String> insurerPlugins() {
        return plugins.host().providers(CreditInsuranceProvider.class);
    }

    @Override
    public InsurerDecision requestCover(String company, String plugin, InsuranceSubject subject) {
        return call(company, plugin, REQUEST, (insurer, context) -> insurer.requestCover(
                InsuranceTranslation.request(subject), context));
    }

    @Override
    public InsurerDecision coverStatus(String company, String plugin, String coverReference) {
        return call(company, plugin, STATUS, (insurer, context) -> insurer.coverStatus(coverReference, context));
    }

    @Override
    public String notifyOverdue(String company, String plugin, String coverReference, String account,
                                List<InsuredInvoice> invoices) {
        return bounded(company, plugin, NOTICE, (insurer, context) -> InsuranceTranslation.reference(
                insurer.notifyOverdue(new OverdueNotification(coverReference, account,
                        InsuranceTranslation.invoices(invoices)), context)));
    }

    @Override
    public InsurerClaimAnswer fileClaim(String company, String plugin, String claimNumber, String coverReference,
                                        String account, List<InsuredInvoice> invoices, Money claimed) {
        return bounded(company, plugin, CLAIM, (insurer, context) -> InsuranceTranslation.claim(insurer.fileClaim(
                new ClaimRequest(claimNumber, coverReference, account, InsuranceTranslation.invoices(invoices),
                        new MonetaryAmount(claimed.amount(), claimed.currency().getCurrencyCode())), context)));
    }

    @Override
    public InsurerClaimAnswer claimStatus(String company, String plugin, String insurerReference) {
        return bounded(company, plugin, CLAIM_STATUS, (insurer, context) -> InsuranceTranslation.claim(
                insurer.claimStatus(insurerReference, context)));
    }

    private interface Ask {
        CoverDecision ask(CreditInsuranceProvider insurer, HostPluginContext context);
    }

    private interface Work<T> {
        T work(CreditInsuranceProvider insurer, HostPluginContext context);
    }

    private <T> T bounded(String company, String plugin, String operation, Work<T> work) {
        PluginRuntimeConfiguration configuration = configurations.enabled(company, plugin).orElseThrow(() ->
                new RuleViolationException("plugin-disabled", "the plugin " + plugin + " is not enabled for " + company));
        CreditInsuranceProvider insurer = plugins.host().extensions(CreditInsuranceProvider.class, plugin).stream()
                .findFirst().orElseThrow(() -> new UnavailableException("credit insurance is unavailable: the plugin "
                        + plugin + " is not started (see /plugins)"));
        HostPluginContext context = plugins.context(configuration);
        try {
            return plugins.calls().call(plugin, operation, () -> work.work(insurer, context));
        } catch (RejectedRequestException e) {
            throw new RuleViolationException("insurer-refused", "the insurer of plugin " + plugin
                    + " refused the request: " + e.getMessage());
        } catch (PluginConfigurationException e) {
            throw misconfigured(company, plugin, e.getMessage());
        } catch (PluginCalls.CallFailed e) {
            throw new UnavailableException("credit insurance is unavailable: " + e.getMessage());
        }
    }

    private InsurerDecision call(String company, String plugin, String operation, Ask ask) {
        PluginRuntimeConfiguration configuration = configurations.enabled(company, plugin).orElseThrow(() ->
                new RuleViolationException("plugin-disabled", "the plugin " + plugin + " is not enabled for " + company));
        InsuranceTranslation.PolicyDefaults defaults;
        try {
            defaults = InsuranceTranslation.PolicyDefaults.of(configuration.settings());
        } catch (IllegalArgumentException e) {
            throw misconfigured(company, plugin, e.getMessage());
        }
        CreditInsuranceProvider insurer = plugins.host().extensions(CreditInsuranceProvider.class, plugin).stream()
                .findFirst().orElseThrow(() -> new UnavailableException("credit insurance is unavailable: the plugin "
                        + plugin + " is not started (see /plugins)"));
        HostPluginContext context = plugins.context(configuration);
        Function<CoverDecision, InsurerDecision> translate = decision -> {
            if (decision == null) {
                throw new IllegalStateException("the plugin answered null instead of a decision");
            }
            return InsuranceTranslation.decision(decision, defaults);
        };
        try {
            return plugins.calls().call(plugin, operation, () -> translate.apply(ask.ask(insurer, context)));
        } catch (RejectedRequestException e) {
            throw new RuleViolationException("insurer-refused", "the insurer of plugin " + plugin
                    + " refused the request: " + e.getMessage());
        } catch (PluginConfigurationException e) {
            throw misconfigured(company, plugin, e.getMessage());
        } catch (PluginCalls.CallFailed e) {
            throw new UnavailableException("credit insurance is unavailable: " + e.getMessage());
        }
    }

    private static RuleViolationException misconfigured(String company, String plugin, String why) {
        return new RuleViolationException("plugin-misconfigured", "the plugin " + plugin + " is not configured right"
                + " for " + company + ": " + why + "; an administrator corrects it under /plugins");
    }
}
