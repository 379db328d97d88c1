package org.dunwell.ledger.application;

import org.dunwell.ledger.infrastructure.JpaExchangeRateRepository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.infrastructure.JpaAuditTrail;
import org.dunwell.ledger.infrastructure.JpaCompanyRepository;
import org.dunwell.ledger.support.Ledger;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.TestDatabase;

/** Rates by day: the rate in force on a date is the latest on or before it; conversion rounds half-even. */
class ExchangeRatesTest {

    private static <T> T rates(TestDatabase db, Function<ExchangeRateService, T> work) {
        Function<EntityManager, T> inTransaction = em -> work.apply(new ExchangeRateService(new JpaExchangeRateRepository(em),
                new JpaCompanyRepository(em), new JpaAuditTrail(em), Ledger.CLOCK));
        return db.inTransaction(Ledger.UNIT, inTransaction);
    }

    private static Optional<BigDecimal> rateOn(TestDatabase db, String company, LocalDate date) {
        return rates(db, r -> r.rateOn(company, "USD", date));
    }

    private static Optional<Money> converted(TestDatabase db, String company, Money amount, LocalDate date) {
        return rates(db, r -> r.toAccountingCurrency(company, amount, date));
    }

    @DatabaseTest
    void theRateOfADayIsTheLatestOnOrBeforeIt(TestDatabase db) {
        String company = Ledger.newCompany(db, "EUR");
        UserName erp = Ledger.ERP;
        rates(db, r -> r.put(company, "USD", LocalDate.of(2026, 10, 1), new BigDecimal("0.9000"), erp));
        rates(db, r -> r.put(company, "USD", LocalDate.of(2026, 10, 5), new BigDecimal("0.9500"), erp));
        assertThat(rateOn(db, company, LocalDate.of(2026, 9, 30))).isEmpty();
        assertThat(rateOn(db, company, LocalDate.of(2026, 10, 4))).hasValueSatisfying(
                rate -> assertThat(rate).isEqualByComparingTo("0.90"));
        assertThat(converted(db, company, Money.of("100.05", "USD"), LocalDate.of(2026, 10, 9)))
                .as("100.05 × 0.95 = 95.0475, half-even").hasValue(Money.of("95.05", "EUR"));
        assertThat(converted(db, company, Money.of("100.10", "USD"), LocalDate.of(2026, 10, 2)))
                .as("90.09, exact").hasValue(Money.of("90.09", "EUR"));
        assertThat(converted(db, company, Money.of("7.00", "EUR"), LocalDate.of(2020, 1, 1)))
                .hasValue(Money.of("7.00", "EUR"));
        assertThat(converted(db, company, Money.of("1", "JPY"), LocalDate.of(2026, 10, 2)))
                .as("no JPY rate is known").isEmpty();
        rates(db, r -> r.put(company, "USD", LocalDate.of(2026, 10, 5), new BigDecimal("0.9600"), erp));
        assertThat(Ledger.count(db, "SELECT COUNT(*) FROM audit_event WHERE company_code = ? AND"
                + " subject_type = 'exchange-rate' AND old_value = '0.95' AND new_value = '0.96'", company))
                .isEqualTo(1);
        assertThatThrownBy(() -> rates(db, r -> r.put(company, "EUR", LocalDate.of(2026, 10, 5), BigDecimal.ONE,
                erp))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> rates(db, r -> r.put(company, "USD", LocalDate.of(2026, 10, 5),
                new BigDecimal("-1"), erp))).isInstanceOf(InvalidInputException.class);
    }
}
