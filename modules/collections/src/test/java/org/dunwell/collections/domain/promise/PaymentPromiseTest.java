package org.dunwell.collections.domain.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dunwell.collections.api.PromiseStatus;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.junit.jupiter.api.Test;

/** A promise judged day after day as a business clock moves: kept as soon as it is paid, broken after the grace days. */
class PaymentPromiseTest {

    private static final LocalDate MADE = LocalDate.of(2026, 11, 2);
    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

    private static PaymentPromise promiseOf(String amount, LocalDate by, int graceDays) {
        return new PaymentPromise("DW01", "C1", Money.of(amount, "EUR"), by, graceDays, List.of("INV-1"), "Ann",
                "agent1", null, "agent1", NOW, MADE);
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    @Test
    void aPromisePaidInFullBeforeItsDateIsKeptTheDayItIsJudged() {
        PaymentPromise promise = promiseOf("500.00", LocalDate.of(2026, 11, 10), 3);
        assertThat(promise.judge(eur("499.99"), LocalDate.of(2026, 11, 5))).isFalse();
        assertThat(promise.status()).isEqualTo(PromiseStatus.OPEN);
        assertThat(promise.judge(eur("500.00"), LocalDate.of(2026, 11, 6))).isTrue();
        assertThat(promise.status()).isEqualTo(PromiseStatus.KEPT);
        assertThat(promise.received()).isEqualTo(eur("500.00"));
        assertThat(promise.evaluatedOn()).isEqualTo(LocalDate.of(2026, 11, 6));
    }

    @Test
    void aPromiseIsBrokenOnlyOnceItsGraceDaysHavePassed() {
        PaymentPromise promise = promiseOf("500.00", LocalDate.of(2026, 11, 10), 3);
        assertThat(promise.deadline()).isEqualTo(LocalDate.of(2026, 11, 13));
        for (LocalDate day = MADE; !day.isAfter(LocalDate.of(2026, 11, 13)); day = day.plusDays(1)) {
            assertThat(promise.judge(eur("100.00"), day)).as(day.toString()).isFalse();
        }
        assertThat(promise.judge(eur("100.00"), LocalDate.of(2026, 11, 14))).isTrue();
        assertThat(promise.status()).isEqualTo(PromiseStatus.BROKEN);
        assertThatThrownBy(() -> promise.judge(eur("500.00"), LocalDate.of(2026, 11, 15)))
                .as("decided once").isInstanceOf(ConflictException.class);
    }

    @Test
    void paymentsCountUpToTheDeadlineOrTheDayItIsJudged() {
        assertThat(PromiseVerdict.countsUntil(LocalDate.of(2026, 11, 13), LocalDate.of(2026, 11, 5)))
                .isEqualTo(LocalDate.of(2026, 11, 5));
        assertThat(PromiseVerdict.countsUntil(LocalDate.of(2026, 11, 13), LocalDate.of(2026, 12, 1)))
                .isEqualTo(LocalDate.of(2026, 11, 13));
        assertThat(PromiseVerdict.of(eur("10.00"), eur("10.01"), LocalDate.of(2026, 11, 13),
                LocalDate.of(2026, 12, 1))).isEqualTo(PromiseStatus.KEPT);
    }

    @Test
    void aPromiseInThePastWithoutInvoicesOrAmountIsRefused() {
        assertThatThrownBy(() -> promiseOf("10.00", MADE.minusDays(1), 0)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("past");
        assertThatThrownBy(() -> promiseOf("0.00", MADE, 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new PaymentPromise("DW01", "C1", eur("1.00"), MADE, 0, List.of(), null, "a", null,
                "a", NOW, MADE)).isInstanceOf(InvalidInputException.class);
        assertThat(promiseOf("10.00", MADE, 0).status()).as("today is allowed").isEqualTo(PromiseStatus.OPEN);
    }

    @Test
    void aCancelledPromiseNeedsAReasonAndIsNeverJudged() {
        PaymentPromise promise = promiseOf("10.00", MADE.plusDays(1), 0);
        assertThatThrownBy(() -> promise.cancel(" ")).isInstanceOf(InvalidInputException.class);
        promise.cancel("customer paid by cheque");
        assertThat(promise.status()).isEqualTo(PromiseStatus.CANCELLED);
        assertThatThrownBy(() -> promise.judge(eur("10.00"), MADE.plusDays(5))).isInstanceOf(ConflictException.class);
    }
}
