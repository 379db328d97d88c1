package org.dunwell.ledger.domain.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.function.Supplier;
import org.dunwell.kernel.api.AccountNumber;
import org.dunwell.kernel.api.CompanyCode;
import org.dunwell.kernel.api.DocumentNumber;
import org.dunwell.kernel.api.InputLimits;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;

/** Reads and checks the typed values of a row; every failure names the column and the value. */
final class Fields {

    private Fields() {
    }

    /** A value an InputLimits check takes, or the row rejected naming the column the check named. */
    static <T> T check(Supplier<T> check) throws RowRejected {
        try {
            return check.get();
        } catch (InvalidInputException e) {
            String column = e.violations().isEmpty() ? null : e.violations().get(0).field();
            throw new RowRejected(column, column == null ? e.getMessage()
                    : column + " " + e.violations().get(0).message());
        }
    }

    static String required(RawRow row, String column) throws RowRejected {
        return row.get(column).orElseThrow(() -> new RowRejected(column, column + " is required"));
    }

    static String text(RawRow row, String column, int maxLength) throws RowRejected {
        Optional<String> value = row.get(column);
        if (value.isPresent()) {
            check(() -> InputLimits.text(column, value.get(), maxLength));
        }
        return value.orElse(null);
    }

    /** A day (YYYY-MM-DD) from 1900-01-01 to 2999-12-31 (InputLimits, as the API takes it). */
    static LocalDate date(String column, String value) throws RowRejected {
        return check(() -> InputLimits.day(column, value));
    }

    static Currency currency(String value) throws RowRejected {
        try {
            return Money.currency(value);
        } catch (InvalidInputException e) {
            throw new RowRejected("currency", "currency '" + value + "' is not an ISO 4217 currency");
        }
    }

    /** An amount: a decimal number of at most 15 digits before the point (InputLimits, as the API takes it). */
    static BigDecimal decimal(String column, String value) throws RowRejected {
        return check(() -> InputLimits.amount(column, value));
    }

    /** A decimal number with at most so many digits before and after the point. */
    static BigDecimal decimal(String column, String value, int integerDigits, int decimals) throws RowRejected {
        return check(() -> InputLimits.decimal(column, value, integerDigits, decimals));
    }

    /** A positive amount with at most the currency's decimals. */
    static Money positiveAmount(String column, String value, Currency currency) throws RowRejected {
        BigDecimal amount = decimal(column, value);
        if (amount.signum() <= 0) {
            throw new RowRejected(column, column + " must be positive, got " + value);
        }
        return money(column, amount, currency);
    }

    static Money money(String column, BigDecimal amount, Currency currency) throws RowRejected {
        try {
            return Money.of(amount, currency);
        } catch (InvalidInputException e) {
            throw new RowRejected(column, column + " " + amount.toPlainString() + " has more decimals than "
                    + currency.getCurrencyCode() + " allows (" + currency.getDefaultFractionDigits() + ")");
        }
    }

    /**
     * The row's company: the import's (the request's company parameter, or the default company). A
     * {@code company} column may name it again, but never another one: nothing is written to a company
     * the request did not name (api-contract.md, "The company of a request").
     */
    static String company(RawRow row, String importCompany) throws RowRejected {
        String company = companyCode(importCompany);
        Optional<String> named = row.get("company");
        if (named.isPresent() && !companyCode(named.get()).equals(company)) {
            throw new RowRejected("company", "company '" + named.get() + "' is not this import's company '"
                    + company + "' (the company parameter); import each company's rows under its own");
        }
        return company;
    }

    /** A company code, or the reason it is not one. */
    static String companyCode(String value) throws RowRejected {
        if (value == null) {
            throw new RowRejected("company", "company is required (no default company is configured)");
        }
        try {
            return CompanyCode.of(value).value();
        } catch (InvalidInputException e) {
            throw new RowRejected("company", "company: " + e.getMessage());
        }
    }

    static String account(String value) throws RowRejected {
        try {
            return AccountNumber.of(value).value();
        } catch (InvalidInputException e) {
            throw new RowRejected("account", e.getMessage());
        }
    }

    static String document(String column, String value) throws RowRejected {
        try {
            return DocumentNumber.of(value).value();
        } catch (InvalidInputException e) {
            throw new RowRejected(column, column + ": " + e.getMessage().replaceFirst("^document: ", ""));
        }
    }
}
