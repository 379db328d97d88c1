package org.dunwell.ledger.domain.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/** A checked exchange-rate row: 1 {@code currency} = {@code rate} accounting currency from {@code date} on. */
public record RateRow(long line, String company, Currency currency, LocalDate date, BigDecimal rate) {

    public static RateRow parse(RawRow row, String defaultCompany) throws RowRejected {
        Currency currency = Fields.currency(Fields.required(row, "currency"));
        LocalDate date = Fields.date("date", Fields.required(row, "date"));
        BigDecimal rate = Fields.decimal("rate", Fields.required(row, "rate"), 11, 8);
        if (rate.signum() <= 0) {
            throw new RowRejected("rate", "rate must be positive");
        }
        return new RateRow(row.line(), Fields.company(row, defaultCompany), currency, date, rate);
    }
}
