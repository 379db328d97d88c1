package org.dunwell.dunning.api;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How interest counts days and the year: actual days over 365, actual days over 360, or 30/360 (every month has 30
 * days, the European convention: a 31st counts as the 30th).
 */
@Schema(description = "How interest counts days: ACTUAL_365, ACTUAL_360 or THIRTY_360 (European 30E/360).")
public enum DayBasis {
    ACTUAL_365(365),
    ACTUAL_360(360),
    THIRTY_360(360);

    private final int yearDays;

    DayBasis(int yearDays) {
        this.yearDays = yearDays;
    }

    /** The days of the year the yearly rate is divided by. */
    public int yearDays() {
        return yearDays;
    }

    /** The days interest runs from {@code from} (exclusive) to {@code to} (inclusive). */
    public long days(LocalDate from, LocalDate to) {
        if (this != THIRTY_360) {
            return ChronoUnit.DAYS.between(from, to);
        }
        int d1 = Math.min(from.getDayOfMonth(), 30);
        int d2 = Math.min(to.getDayOfMonth(), 30);
        return 360L * (to.getYear() - from.getYear()) + 30L * (to.getMonthValue() - from.getMonthValue()) + (d2 - d1);
    }
}
