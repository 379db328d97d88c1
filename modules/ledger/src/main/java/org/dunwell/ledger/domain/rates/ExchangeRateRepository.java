package org.dunwell.ledger.domain.rates;

import java.time.LocalDate;
import java.util.Optional;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;

/** Where a company's exchange rates are kept, by currency and the day they hold from. */
public interface ExchangeRateRepository {

    /** The rates by currency, newest first; of one currency when it is given. */
    Page<ExchangeRate> list(String company, String currency, PageRequest page);

    /** The rate that holds from exactly this day. */
    Optional<ExchangeRate> find(String company, String currency, LocalDate validFrom);

    /** The rate in force on a day: the newest one holding from that day or before. */
    Optional<ExchangeRate> inForceOn(String company, String currency, LocalDate date);

    void store(ExchangeRate rate);

    /** Makes pending changes visible to the database now. */
    void flush();
}
