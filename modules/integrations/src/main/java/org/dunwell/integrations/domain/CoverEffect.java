package org.dunwell.integrations.domain;

import java.util.Objects;
import org.dunwell.credit.api.InsuranceTerms;
import org.dunwell.integrations.api.InsurerDecision;

/**
 * What an insurer's decision does to the customer's credit insurance: granted cover in the customer's currency, with
 * its coverage and end known, becomes the insurance (the insurer is the plugin, the policy the cover's reference); a
 * withdrawal removes it when it is that cover; anything else changes nothing, and says why.
 */
public record CoverEffect(Kind kind, InsuranceTerms terms, String outcome) {

    /** Set the insurance to {@code terms}, remove it, or leave it. */
    public enum Kind { SET, REMOVE, NONE }

    public CoverEffect {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
    }

    /**
     * @param currentInsurer the insurer of the customer's insurance today, or null when it has none
     * @param currentPolicy  its policy, or null
     */
    public static CoverEffect of(InsurerDecision decision, String plugin, String customerCurrency,
                                 String currentInsurer, String currentPolicy) {
        String reference = decision.coverReference();
        switch (decision.state()) {
            case PENDING:
                return none("the insurer has not decided yet");
            case REFUSED:
                return none("refused by the insurer: the customer's insurance is unchanged");
            case WITHDRAWN:
                if (plugin.equals(currentInsurer) && reference.equals(currentPolicy)) {
                    return new CoverEffect(Kind.REMOVE, null, "withdrawn by the insurer: removed from the customer's"
                            + " credit insurance");
                }
                return none("withdrawn by the insurer; the customer's credit insurance is another cover, unchanged");
            default:
                break;
        }
        String currency = decision.insuredLimit().currency().getCurrencyCode();
        if (!currency.equals(customerCurrency)) {
            return none("the insured limit is in " + currency + ", the customer's currency is " + customerCurrency
                    + ": not applied");
        }
        if (decision.coveragePercent() == null) {
            return none("the insurer gave no coverage percent and the plugin's setting policy.coveragePercent is not"
                    + " set: not applied");
        }
        if (decision.validTo() == null) {
            return none("the insurer gave no end date and the plugin's setting policy.endDate is not set: not applied");
        }
        return new CoverEffect(Kind.SET, new InsuranceTerms(plugin, reference, decision.insuredLimit(),
                decision.coveragePercent(), decision.validFrom(), decision.validTo()),
                "set as the customer's credit insurance");
    }

    private static CoverEffect none(String why) {
        return new CoverEffect(Kind.NONE, null, why);
    }
}
