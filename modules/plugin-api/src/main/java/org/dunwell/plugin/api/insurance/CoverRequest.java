package org.dunwell.plugin.api.insurance;

import java.util.Map;
import java.util.Objects;
import org.dunwell.plugin.api.MonetaryAmount;
import org.dunwell.plugin.api.VendorProperties;

/**
 * Cover asked for on a buyer: the host's account, the buyer's registration number and country where known,
 * the amount, and the insurer's reference of the existing cover when this changes it.
 */
public record CoverRequest(String account, String buyerName, String registrationNumber, String country,
        MonetaryAmount amount, String existingCoverReference, Map<String, String> properties) {

    public CoverRequest {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(buyerName, "buyerName");
        Objects.requireNonNull(amount, "amount");
        if (amount.amount().signum() <= 0) {
            throw new IllegalArgumentException("cover is asked for a positive amount");
        }
        properties = VendorProperties.copy(properties);
    }
}
