package org.dunwell.ledger.domain.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dunwell.kernel.api.AccountNumber;
import org.dunwell.kernel.api.CompanyCode;
import org.dunwell.kernel.api.DocumentNumber;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;

/** Reads and checks the typed values of a row; every failure names the column and the value. */
final class Fields {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Fields() {
    }

    static String required(RawRow row, String column) throws RowRejected {
        return row.get(column).orElseThrow(() -> new RowRejected(column + " is required"));
    }

    static String text(RawRow row, String column, int maxLength) throws RowRejected {
        Optional<String> value = row.get(column);
        if (value.isPresent() && value.get().length() > maxLength) {
            throw new RowRejected(column + " is longer than " + maxLength + " characters");
        }
        return value.orElse(null);
    }

    static LocalDate date(String column, String value) throws RowRejected {
        if (!DATE.matcher(value).matches()) {
            throw new RowRejected(column + " '" + value + "' is not a date (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new RowRejected(column + " '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    static Currency currency(String value) throws RowRejected {
        try {
            return Money.currency(value);
        } catch (InvalidInputException e) {
            throw new RowRejected("currency '" + value + "' is not an ISO 4217 currency");
        }
    }

    static BigDecimal decimal(String column, String value) throws RowRejected {
        if (!DECIMAL.matcher(value).matches()) {
            throw new RowRejected(column + " '" + value + "' is not a decimal number (use . as decimal point)");
        }
        return new BigDecimal(value);
    }

    /** A positive amount with at most the currency's decimals. */
    static Money positiveAmount(String column, String value, Currency currency) throws RowRejected {
        BigDecimal amount = decimal(column, value);
        if (amount.signum() <= 0) {
            throw new RowRejected(column + " must be positive, got " + value);
        }
        return money(column, amount, currency);
    }

    static Money money(String column, BigDecimal amount, Currency currency) throws RowRejected {
        try {
            return Money.of(amount, currency);
        } catch (InvalidInputException e) {
            throw new RowRejected(column + " " + amount.toPlainString() + " has more decimals than "
                    + currency.getCurrencyCode() + " allows (" + currency.getDefaultFractionDigits() + ")");
        }
    }

    static String company(RawRow row, String defaultCompany) throws RowRejected {
        return companyCode(row.get("company").orElse(defaultCompany));
    }

    /** A company code, or the reason it is not one. */
    static String companyCode(String value) throws RowRejected {
        if (value == null) {
            throw new RowRejected("company is required (no default company is configured)");
        }
        try {
            return CompanyCode.of(value).value();
        } catch (InvalidInputException e) {
            throw new RowRejected("company: " + e.getMessage());
        }
    }

    static String account(String value) throws RowRejected {
        try {
            return AccountNumber.of(value).value();
        } catch (InvalidInputException e) {
            throw new RowRejected(e.getMessage());
        }
    }

    static String document(String column, String value) throws RowRejected {
        try {
            return DocumentNumber.of(value).value();
        } catch (InvalidInputException e) {
            throw new RowRejected(column + ": " + e.getMessage().replaceFirst("^document: ", ""));
        }
    }
}
