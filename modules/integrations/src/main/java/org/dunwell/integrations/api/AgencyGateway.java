package org.dunwell.integrations.api;

import java.util.List;

/**
 * The collection agencies the server's plugins offer, as this module needs them: implemented by the server over the
 * plugins, every call bounded by a timeout, a bulkhead and a circuit breaker.
 */
public interface AgencyGateway {

    /** The ids of the started plugins that provide a collection agency. */
    List<String> agencyPlugins();

    /**
     * Hands the case over; the agency's reference of it.
     *
     * @throws org.dunwell.kernel.api.UnavailableException the agency or the plugin did not answer, answered garbage,
     *         or its breaker is open: the agency may or may not hold the case (sending it again is safe)
     * @throws org.dunwell.kernel.api.RuleViolationException the agency refused the case, or the plugin's
     *         configuration in the company is wrong
     */
    String handOver(String company, String plugin, AgencyCase handover);

    /** What the agency reported after the cursor (null: from its beginning); same failures as {@link #handOver}. */
    Page updates(String company, String plugin, String cursor);

    /**
     * Takes the case the agency holds as {@code agencyReference} back.
     *
     * @throws org.dunwell.kernel.api.UnavailableException when the agency is not reached
     * @throws org.dunwell.kernel.api.RuleViolationException when it does not take the case back
     */
    void recall(String company, String plugin, String agencyReference, String caseNumber, String reason);

    /** A page of updates and the cursor to read on from. */
    record Page(List<AgencyEvent> events, String nextCursor) {

        public Page {
            events = List.copyOf(events);
        }
    }
}
