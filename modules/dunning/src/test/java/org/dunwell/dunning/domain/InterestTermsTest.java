package org.dunwell.dunning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dunwell.dunning.api.DayBasis;
import org.dunwell.dunning.api.InterestCalculation;
import org.dunwell.dunning.domain.interest.InterestRate;
import org.dunwell.dunning.domain.interest.InterestTerms;
import org.dunwell.dunning.domain.interest.InterestTerms.Interest;
import org.dunwell.dunning.domain.interest.InterestTerms.Payment;
import org.dunwell.kernel.api.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Every interest option against numbers computed by hand (each test says how). */
class InterestTermsTest {

    private static final LocalDate EVER = LocalDate.of(2000, 1, 1);

    private static InterestRate rate(String percent) {
        return new InterestRate(EVER, null, null, null, new BigDecimal(percent));
    }

    private static InterestTerms terms(DayBasis basis, InterestCalculation calculation, String minimum,
                                       InterestRate... rates) {
        return new InterestTerms(List.of(rates), basis, calculation, new BigDecimal(minimum));
    }

    private static Interest compute(InterestTerms terms, String from, String to, String open, Payment... payments) {
        return terms.compute(LocalDate.parse(from), LocalDate.parse(to), new BigDecimal(open), List.of(payments), 2);
    }

    @Test
    void eachDayBasisCountsItsOwnDaysAndYear() {
        // 31 Jan to 2 Mar 2026: 30 actual days (28 in February); 30E/360: 30 * 2 + (2 - 30) = 32 days
        assertThat(DayBasis.ACTUAL_365.days(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 2))).isEqualTo(30);
        assertThat(DayBasis.THIRTY_360.days(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 2))).isEqualTo(32);
        // 1000 * 8% * 30 / 365 = 6.5753 -> 6.58; * 30 / 360 = 6.6667 -> 6.67; * 32 / 360 = 7.1111 -> 7.11
        assertThat(compute(terms(DayBasis.ACTUAL_365, InterestCalculation.FROM_DUE_DATE, "0", rate("8")),
                "2026-01-31", "2026-03-02", "1000.00").amount()).isEqualByComparingTo("6.58");
        assertThat(compute(terms(DayBasis.ACTUAL_360, InterestCalculation.FROM_DUE_DATE, "0", rate("8")),
                "2026-01-31", "2026-03-02", "1000.00").amount()).isEqualByComparingTo("6.67");
        assertThat(compute(terms(DayBasis.THIRTY_360, InterestCalculation.FROM_DUE_DATE, "0", rate("8")),
                "2026-01-31", "2026-03-02", "1000.00").amount()).isEqualByComparingTo("7.11");
    }

    @Test
    void aRateChangeInThePeriodSplitsTheCalculation() {
        InterestTerms terms = terms(DayBasis.ACTUAL_365, InterestCalculation.FROM_DUE_DATE, "0",
                new InterestRate(EVER, LocalDate.of(2026, 6, 30), null, null, new BigDecimal("8")),
                new InterestRate(LocalDate.of(2026, 7, 1), null, null, null, new BigDecimal("10")));
        Interest interest = compute(terms, "2026-06-15", "2026-07-15", "1000.00");
        // 16-30 June: 15 days at 8% = 3.2877 -> 3.29; 1-15 July: 15 days at 10% = 4.1096 -> 4.11
        assertThat(interest.segments()).extracting(s -> s.days() + "@" + s.percent().stripTrailingZeros().toPlainString()
                + "=" + s.interest()).containsExactly("15@8=3.29", "15@10=4.11");
        assertThat(interest.amount()).isEqualByComparingTo("7.40");
    }

    @Test
    void remainingBalanceRunsLowerAfterEachPaymentWhileFromTheDueDateTakesWhatIsOpenAtTheEnd() {
        Payment payment = new Payment(LocalDate.of(2026, 1, 31), new BigDecimal("400.00"));
        // remaining: 2 Jan - 31 Jan 30 days on 1000 at 10% = 8.2192 -> 8.22; 1 Feb - 2 Mar 30 days on 600 = 4.9315
        // -> 4.93; 13.15 in all
        Interest remaining = compute(terms(DayBasis.ACTUAL_365, InterestCalculation.REMAINING_BALANCE, "0",
                rate("10")), "2026-01-01", "2026-03-02", "1000.00", payment);
        assertThat(remaining.segments()).extracting(s -> s.balance().stripTrailingZeros().toPlainString())
                .containsExactly("1000", "600");
        assertThat(remaining.amount()).isEqualByComparingTo("13.15");
        // from the due date: the 600 open at the end, 60 days: 600 * 10% * 60 / 365 = 9.8630 -> 9.86
        Interest fromDue = compute(terms(DayBasis.ACTUAL_365, InterestCalculation.FROM_DUE_DATE, "0", rate("10")),
                "2026-01-01", "2026-03-02", "1000.00", payment);
        assertThat(fromDue.amount()).isEqualByComparingTo("9.86");
    }

    @Test
    void theAmountRangeOfTheBalanceChoosesTheRate() {
        InterestTerms terms = terms(DayBasis.ACTUAL_365, InterestCalculation.FROM_DUE_DATE, "0",
                new InterestRate(EVER, null, BigDecimal.ZERO, new BigDecimal("1000"), new BigDecimal("5")),
                new InterestRate(EVER, null, new BigDecimal("1000"), null, new BigDecimal("9")));
        // 2000 * 9% * 73 / 365 = 36.00; 500 * 5% * 73 / 365 = 5.00
        assertThat(compute(terms, "2026-01-01", "2026-03-15", "2000.00").amount()).isEqualByComparingTo("36.00");
        assertThat(compute(terms, "2026-01-01", "2026-03-15", "500.00").amount()).isEqualByComparingTo("5.00");
    }

    @Test
    void interestBelowTheMinimumIsNotCharged() {
        InterestTerms terms = terms(DayBasis.ACTUAL_365, InterestCalculation.FROM_DUE_DATE, "5.00", rate("8"));
        Interest small = compute(terms, "2026-06-15", "2026-06-30", "1000.00");
        // 15 days: 3.29 < 5.00
        assertThat(small.amount()).isEqualByComparingTo("0");
        assertThat(small.belowMinimum()).isTrue();
        assertThat(compute(terms, "2026-06-15", "2026-07-15", "1000.00").amount()).isEqualByComparingTo("6.58");
    }

    @Test
    void nothingIsChargedForAPeriodWithoutDaysOrWithoutABalanceOrOnDaysNoRateCovers() {
        InterestTerms terms = terms(DayBasis.ACTUAL_365, InterestCalculation.FROM_DUE_DATE, "0",
                new InterestRate(LocalDate.of(2026, 7, 1), null, null, null, new BigDecimal("10")));
        assertThat(compute(terms, "2026-07-15", "2026-07-15", "1000.00").amount()).isZero();
        assertThat(compute(terms, "2026-07-01", "2026-07-15", "0.00").amount()).isZero();
        // only 1-15 July has a rate: 15 days at 10% = 4.11
        assertThat(compute(terms, "2026-06-15", "2026-07-15", "1000.00").amount()).isEqualByComparingTo("4.11");
    }

    @Test
    void overlappingRatesAreRefused() {
        assertThatThrownBy(() -> terms(DayBasis.ACTUAL_365, InterestCalculation.FROM_DUE_DATE, "0", rate("8"),
                new InterestRate(LocalDate.of(2026, 7, 1), null, null, null, new BigDecimal("10"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("overlap");
    }
}
