package org.dunwell.plugin.api.insurance;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.dunwell.plugin.api.MonetaryAmount;
import org.dunwell.plugin.api.VendorProperties;

/** The insurer's state of a claim, with the amount it accepted or paid once it says. */
public record ClaimStatus(String claimReference, String claimNumber, ClaimState state, MonetaryAmount settledAmount,
        LocalDate asOf, String note, Map<String, String> properties) {

    public ClaimStatus {
        Objects.requireNonNull(claimReference, "claimReference");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(asOf, "asOf");
        if (state == ClaimState.PAID && settledAmount == null) {
            throw new IllegalArgumentException("a paid claim says how much was paid");
        }
        properties = VendorProperties.copy(properties);
    }
}
