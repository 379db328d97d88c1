package org.dunwell.integrations.api;

import java.util.List;

/**
 * The trade-credit insurers the server's plugins offer, as this module needs them: implemented by the server over
 * the plugins (the plugin API's records become {@link InsurerDecision}, every call bounded by a timeout, a bulkhead
 * and a circuit breaker).
 */
public interface InsurerGateway {

    /** The ids of the started plugins that provide credit insurance. */
    List<String> insurerPlugins();

    /**
     * Asks the insurer, through the plugin, to cover the subject (or to change the cover it names).
     *
     * @throws org.dunwell.kernel.api.UnavailableException the insurer or the plugin did not answer, answered
     *         garbage, or its breaker is open: nothing was changed
     * @throws org.dunwell.kernel.api.RuleViolationException the insurer refused the request as made, or the
     *         plugin's configuration in the company is wrong
     */
    InsurerDecision requestCover(String company, String plugin, InsuranceSubject subject);

    /** The insurer's current decision on a cover it was asked for; same failures as {@link #requestCover}. */
    InsurerDecision coverStatus(String company, String plugin, String coverReference);

    /** Tells the insurer of overdue invoices of an insured buyer under the cover; the insurer's reference of it. */
    String notifyOverdue(String company, String plugin, String coverReference, String account,
                         List<InsuredInvoice> invoices);

    /** Files a claim (the same claim number again is the same claim at the insurer); same failures as above. */
    InsurerClaimAnswer fileClaim(String company, String plugin, String claimNumber, String coverReference,
                                 String account, List<InsuredInvoice> invoices, org.dunwell.kernel.api.Money claimed);

    /** Where the insurer stands on a claim it took. */
    InsurerClaimAnswer claimStatus(String company, String plugin, String insurerReference);
}
