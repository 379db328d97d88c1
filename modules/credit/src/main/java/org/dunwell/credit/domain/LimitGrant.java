package org.dunwell.credit.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.dunwell.kernel.api.Money;

/**
 * An approved limit change: permanent from {@code from} on, or temporary from {@code from} to
 * {@code to} (both days included); {@code decidedAt} orders grants of the same day.
 */
public record LimitGrant(Money limit, boolean temporary, LocalDate from, LocalDate to, Instant decidedAt) {

    boolean appliesOn(LocalDate day) {
        return !from.isAfter(day) && (!temporary || !to.isBefore(day));
    }
}
