package org.dunwell.credit.domain;

import java.util.Objects;
import org.dunwell.credit.api.LimitType;
import org.dunwell.kernel.api.Money;

/**
 * A limit and the exposure it is measured against. Whether the limit is checked at all:
 * never for limit type {@code NONE}; without the mandatory flag a missing or zero limit means
 * "not checked"; with it a missing or zero limit means "no credit" (a limit of 0).
 */
public record CreditLine(LimitType type, Money limit, boolean mandatory, Money exposure) {

    public CreditLine {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(exposure, "exposure");
        if (limit != null && !limit.currency().equals(exposure.currency())) {
            throw new IllegalArgumentException("limit and exposure in different currencies");
        }
    }

    public boolean checked() {
        if (!type.checksLimit()) {
            return false;
        }
        return mandatory || (limit != null && !limit.isZero());
    }

    /** The limit as checked: 0 for a mandatory limit that is not set. */
    public Money effectiveLimit() {
        return limit != null ? limit : Money.zero(exposure.currency());
    }

    /** Limit − exposure, or null when the limit is not checked. */
    public Money available() {
        return checked() ? effectiveLimit().minus(exposure) : null;
    }

    /** The same line with {@code more} added to the exposure (an order being checked). */
    public CreditLine plus(Money more) {
        return new CreditLine(type, limit, mandatory, exposure.plus(more));
    }
}
