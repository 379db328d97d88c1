package org.dunwell.plugin.api.insurance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dunwell.plugin.api.MonetaryAmount;
import org.dunwell.plugin.api.VendorProperties;

/**
 * The insurer's decision on cover: its reference, the status, the insured limit (absent while pending or
 * when refused), the validity and the insurer's conditions in its own words.
 */
public record CoverDecision(String coverReference, CoverStatus status, MonetaryAmount insuredLimit, LocalDate validFrom,
        LocalDate validTo, List<String> conditions, Map<String, String> properties) {

    public CoverDecision {
        Objects.requireNonNull(coverReference, "coverReference");
        Objects.requireNonNull(status, "status");
        boolean granted = status == CoverStatus.GRANTED || status == CoverStatus.PARTIALLY_GRANTED;
        if (granted && (insuredLimit == null || validFrom == null)) {
            throw new IllegalArgumentException("granted cover needs its insured limit and the day it starts");
        }
        if (insuredLimit != null && insuredLimit.isNegative()) {
            throw new IllegalArgumentException("an insured limit cannot be negative");
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("cover cannot end before it starts");
        }
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        properties = VendorProperties.copy(properties);
    }
}
