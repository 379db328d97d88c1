package org.dunwell.plugin.api.bureau;

import java.util.Optional;
import org.dunwell.plugin.api.PluginContext;
import org.pf4j.ExtensionPoint;

/** A credit bureau: finds a company and returns its score, rating and recommended limit. */
public interface CreditBureauProvider extends ExtensionPoint {

    /**
     * The bureau's report on the company the query describes, or empty when the bureau knows no such company.
     *
     * @throws org.dunwell.plugin.api.RetryLaterException the bureau did not answer in time or is busy
     * @throws org.dunwell.plugin.api.RejectedRequestException the bureau refused the query
     * @throws org.dunwell.plugin.api.PluginConfigurationException credentials or settings are missing or refused
     */
    Optional<BureauReport> report(CompanyQuery query, PluginContext context);
}
