package org.dunwell.server.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.dunwell.kernel.api.InputLimits;

/**
 * Amounts, decimals and dates as the API takes them: decimal strings and YYYY-MM-DD, within the
 * contract's limits ({@link InputLimits}, the same checks the CSV import makes).
 */
public final class Amounts {

    private Amounts() {
    }

    /** An amount given as a JSON string ({@code "1234.50"}): at most 15 digits before the point; null stays null. */
    public static BigDecimal parse(String field, String value) {
        return InputLimits.amount(field, value);
    }

    /** A decimal number (a rate, a percentage) with at most so many digits before and after the point. */
    public static BigDecimal decimal(String field, String value, int integerDigits, int decimals) {
        return InputLimits.decimal(field, value, integerDigits, decimals);
    }

    /** A day (YYYY-MM-DD, 1900-01-01 to 2999-12-31); null or blank is null. */
    public static LocalDate date(String field, String value) {
        return InputLimits.day(field, value);
    }
}
