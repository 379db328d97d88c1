package org.dunwell.dunning.domain.interest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.dunwell.dunning.api.DayBasis;
import org.dunwell.dunning.api.InterestCalculation;
import org.dunwell.kernel.api.InvalidInputException;

/**
 * How an interest code computes: its rates, its day basis, on what it runs and the least it charges. The one
 * interest engine: letter runs and interest notes both compute here.
 */
public record InterestTerms(List<InterestRate> rates, DayBasis basis, InterestCalculation calculation,
                            BigDecimal minimum) {

    private static final int EXACT = 10;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public InterestTerms {
        rates = List.copyOf(rates);
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(calculation, "calculation");
        minimum = minimum == null ? BigDecimal.ZERO : minimum;
        if (minimum.signum() < 0) {
            throw InvalidInputException.ofField("minimumInterest", "is negative");
        }
        for (int i = 0; i < rates.size(); i++) {
            for (int j = i + 1; j < rates.size(); j++) {
                if (rates.get(i).overlaps(rates.get(j))) {
                    throw InvalidInputException.ofField("rates", "rates " + (i + 1) + " and " + (j + 1)
                            + " overlap: a day and a balance must have one rate");
                }
            }
        }
    }

    /** A payment (or credit) that lowered the amount on a day. */
    public record Payment(LocalDate date, BigDecimal amount) {
    }

    /** One stretch of days at one balance and one rate, and its interest (rounded to the currency). */
    public record Segment(LocalDate from, LocalDate to, long days, BigDecimal balance, BigDecimal percent,
                          BigDecimal interest) {
    }

    /** The interest of a period: its segments, their sum, and whether the minimum took it to zero. */
    public record Interest(List<Segment> segments, BigDecimal amount, boolean belowMinimum) {

        public static Interest none(int decimals) {
            return new Interest(List.of(), BigDecimal.ZERO.setScale(decimals), false);
        }
    }

    /**
     * The interest on an amount from {@code from} (exclusive: the due date or the end of the period charged last)
     * to {@code to} (inclusive), {@code openAtStart} open on {@code from} and lowered by {@code payments} within
     * the period. A day counts at the balance and the rate of that day; a payment lowers the balance from the day
     * after it (the day of payment is still a day late). Each segment is rounded half up to {@code decimals}.
     */
    public Interest compute(LocalDate from, LocalDate to, BigDecimal openAtStart, List<Payment> payments,
                            int decimals) {
        if (!to.isAfter(from) || openAtStart.signum() <= 0) {
            return Interest.none(decimals);
        }
        List<Payment> sorted = payments.stream().filter(p -> p.date().isAfter(from) && !p.date().isAfter(to))
                .sorted(Comparator.comparing(Payment::date)).toList();
        TreeSet<LocalDate> cuts = new TreeSet<>();
        cuts.add(to);
        for (InterestRate rate : rates) {
            addCut(cuts, rate.validFrom().minusDays(1), from, to);
            if (rate.validTo() != null) {
                addCut(cuts, rate.validTo(), from, to);
            }
        }
        BigDecimal endBalance = openAtStart;
        for (Payment payment : sorted) {
            endBalance = endBalance.subtract(payment.amount());
        }
        if (calculation == InterestCalculation.REMAINING_BALANCE) {
            sorted.forEach(p -> addCut(cuts, p.date(), from, to));
        }
        List<Segment> segments = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(decimals);
        LocalDate start = from;
        for (LocalDate end : cuts) {
            BigDecimal balance = calculation == InterestCalculation.FROM_DUE_DATE ? endBalance
                    : balanceOn(openAtStart, sorted, start.plusDays(1));
            LocalDate day = start.plusDays(1);
            InterestRate rate = balance.signum() <= 0 ? null
                    : rates.stream().filter(r -> r.holds(day, balance)).findFirst().orElse(null);
            long days = basis.days(start, end);
            if (rate != null && days > 0) {
                BigDecimal exact = balance.multiply(rate.percent()).multiply(BigDecimal.valueOf(days))
                        .divide(HUNDRED.multiply(BigDecimal.valueOf(basis.yearDays())), EXACT, RoundingMode.HALF_UP);
                BigDecimal interest = exact.setScale(decimals, RoundingMode.HALF_UP);
                segments.add(new Segment(start, end, days, balance, rate.percent(), interest));
                total = total.add(interest);
            }
            start = end;
        }
        if (total.signum() > 0 && total.compareTo(minimum) < 0) {
            return new Interest(segments, BigDecimal.ZERO.setScale(decimals), true);
        }
        return new Interest(segments, total, false);
    }

    private static void addCut(TreeSet<LocalDate> cuts, LocalDate cut, LocalDate from, LocalDate to) {
        if (cut.isAfter(from) && cut.isBefore(to)) {
            cuts.add(cut);
        }
    }

    /** The balance interest runs on during {@code day}: what was open less the payments made before it. */
    private static BigDecimal balanceOn(BigDecimal open, List<Payment> payments, LocalDate day) {
        BigDecimal balance = open;
        for (Payment payment : payments) {
            if (payment.date().isBefore(day)) {
                balance = balance.subtract(payment.amount());
            }
        }
        return balance;
    }
}
