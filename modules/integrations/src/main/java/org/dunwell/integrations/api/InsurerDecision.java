package org.dunwell.integrations.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dunwell.kernel.api.Money;

/**
 * An insurer's answer in Dunwell's terms: its reference of the cover, where it stands, and for granted cover the
 * insured limit (rounded down to the currency's smallest unit), the share of a loss it pays, from when to when, and
 * its conditions. {@code coveragePercent} and {@code validTo} are null when neither the insurer nor the plugin's
 * policy settings give them.
 */
public record InsurerDecision(String coverReference, CoverState state, Money insuredLimit, BigDecimal coveragePercent,
                              LocalDate validFrom, LocalDate validTo, List<String> conditions) {

    public InsurerDecision {
        Objects.requireNonNull(coverReference, "coverReference");
        Objects.requireNonNull(state, "state");
        if (state.granted() && (insuredLimit == null || validFrom == null)) {
            throw new IllegalArgumentException("granted cover needs its insured limit and the day it starts");
        }
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }
}
