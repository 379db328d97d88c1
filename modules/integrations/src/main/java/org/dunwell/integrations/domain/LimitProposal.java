package org.dunwell.integrations.domain;

import org.dunwell.kernel.api.Money;

/**
 * Whether a bureau's recommended limit becomes a limit request: only a recommendation in the customer's currency that
 * differs from the permanent limit, and only while no other request of the customer waits for a decision. The request
 * is the user's, never a direct change: the limit changes when a second person approves it.
 */
public record LimitProposal(Money limit, String reasonForNone) {

    public static LimitProposal of(Money recommended, String customerCurrency, Money permanentLimit,
                                   Long pendingRequest) {
        if (recommended == null) {
            return none("the bureau recommends no limit");
        }
        if (!recommended.currency().getCurrencyCode().equals(customerCurrency)) {
            return none("the bureau recommends a limit in " + recommended.currency().getCurrencyCode()
                    + "; the customer is kept in " + customerCurrency + ", so no limit request was made");
        }
        if (permanentLimit != null && permanentLimit.compareTo(recommended) == 0) {
            return none("the recommended limit is the customer's limit already");
        }
        if (pendingRequest != null) {
            return none("limit request " + pendingRequest + " of the customer is waiting for a decision;"
                    + " no second request was made");
        }
        return new LimitProposal(recommended, null);
    }

    private static LimitProposal none(String why) {
        return new LimitProposal(null, why);
    }

    public boolean proposes() {
        return limit != null;
    }
}
