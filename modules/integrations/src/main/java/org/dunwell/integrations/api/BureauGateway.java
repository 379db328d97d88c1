package org.dunwell.integrations.api;

import java.util.List;
import java.util.Optional;

/**
 * The credit bureaus the server's plugins offer, as this module needs them: implemented by the server over the
 * plugins (an anti-corruption adapter: the plugin API's records become {@link BureauFinding}, every call bounded by
 * a timeout, a bulkhead and a circuit breaker).
 */
public interface BureauGateway {

    /** The ids of the started plugins that provide a credit bureau. */
    List<String> bureauPlugins();

    /**
     * The bureau's report on the subject through the plugin, for the company; empty when the bureau knows no such
     * company.
     *
     * @throws org.dunwell.kernel.api.UnavailableException the bureau or the plugin did not answer, answered garbage,
     *         or its breaker is open: the feature is degraded, nothing was changed
     * @throws org.dunwell.kernel.api.RuleViolationException the bureau refused the query or the plugin's
     *         configuration in the company
     */
    Optional<BureauFinding> report(String company, String plugin, BureauSubject subject);
}
