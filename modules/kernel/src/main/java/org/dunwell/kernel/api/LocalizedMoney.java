package org.dunwell.kernel.api;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * An amount with its currency as a language writes it (1.234,56 € in German, €1,234.56 in English, 1 234,56 € in
 * French), at the currency's decimals: what letters, statements and drafts print and what the drafts' verifier
 * reads. French digit groups, a narrow no-break space in the JDK's formats, are written as a plain no-break space
 * (the PDF's standard fonts have no narrow one).
 */
public final class LocalizedMoney {

    private LocalizedMoney() {
    }

    public static String format(BigDecimal amount, String currency, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        Currency unit = Currency.getInstance(currency);
        format.setCurrency(unit);
        format.setMinimumFractionDigits(unit.getDefaultFractionDigits());
        format.setMaximumFractionDigits(unit.getDefaultFractionDigits());
        return format.format(amount).replace('\u202F', '\u00A0');
    }
}
