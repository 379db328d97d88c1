package org.dunwell.integrations.api;

import java.util.Objects;
import org.dunwell.kernel.api.Money;

/**
 * What an insurer is asked to cover: the buyer (the customer) as the insurer finds it, and the amount, in the
 * customer's currency. {@code existingCoverReference}: the insurer's reference of the cover this changes, or null.
 */
public record InsuranceSubject(String account, String buyerName, String registrationNumber, String country,
                               Money amount, String existingCoverReference) {

    public InsuranceSubject {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(buyerName, "buyerName");
        Objects.requireNonNull(amount, "amount");
    }
}
