package org.dunwell.server.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.dunwell.kernel.api.InvalidInputException;

/** Amounts and dates as the API takes them: decimal strings and YYYY-MM-DD. */
public final class Amounts {

    private Amounts() {
    }

    /** A decimal amount given as a JSON string ({@code "1234.50"}); null stays null. */
    public static BigDecimal parse(String field, String value) {
        if (value == null) {
            return null;
        }
        if (!value.trim().matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            throw InvalidInputException.ofField(field, "'" + value + "' is not a decimal amount such as \"1234.50\"");
        }
        return new BigDecimal(value.trim());
    }

    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.ofField(field, "'" + value + "' is not a date (YYYY-MM-DD)");
        }
    }
}
