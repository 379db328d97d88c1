package org.dunwell.ledger.domain.imports;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An exchange rate as the import compares it. */
public record StoredRate(long id, String currency, LocalDate validFrom, BigDecimal rate) {

    /** The key of a rate within a company. */
    public static String key(String currency, LocalDate date) {
        return currency + "@" + date;
    }

    public String key() {
        return key(currency, validFrom);
    }
}
