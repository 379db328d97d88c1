package org.dunwell.ai.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dunwell.dunning.api.CustomerFacts;

/**
 * What a text about one customer may state, taken from its facts: amounts, plain numbers (counts, days, levels,
 * scores), percentages, dates and document numbers or accounts; the names it may write as they are; and whether
 * the customer owes nothing (the only case where "zero" or "nothing owed" is true).
 */
public record GroundingFacts(Set<BigDecimal> amounts, Set<BigDecimal> numbers, Set<BigDecimal> percentages,
                             Set<LocalDate> dates, Set<String> identifiers, List<String> names, boolean owesNothing) {

    public GroundingFacts {
        amounts = Set.copyOf(amounts);
        numbers = Set.copyOf(numbers);
        percentages = Set.copyOf(percentages);
        dates = Set.copyOf(dates);
        identifiers = Set.copyOf(identifiers);
        names = List.copyOf(names);
    }

    public static GroundingFacts of(CustomerFacts f) {
        Builder b = new Builder();
        b.amount(f.balance()).amount(f.overdue()).amount(f.collectibleOverdue());
        f.aging().forEach(bucket -> b.amount(bucket.amount()));
        b.number(f.openInvoices()).number(f.dunningLevel()).number(f.paymentDeadlineDays());
        b.date(f.asOf()).date(f.paymentDeadline());
        b.id(f.account());
        invoices(b, f.overdueInvoices(), f.moreOverdue());
        invoices(b, f.disputedInvoices(), f.moreDisputed());
        invoices(b, f.promisedInvoices(), f.morePromised());
        if (f.payments() != null) {
            var p = f.payments();
            b.date(p.lastPaymentDate()).amount(p.lastPaymentAmount()).number(p.lateInvoices()).number(p.invoices())
                    .number(p.longestDelinquencyDays()).number(p.averageDaysPastDue());
            if (p.invoices() > 0) {
                b.percentages.add(BigDecimal.valueOf(p.lateInvoices() * 100L).divide(BigDecimal.valueOf(p.invoices()),
                        0, java.math.RoundingMode.HALF_UP));
            }
        }
        var r = f.promiseRecord();
        b.number(r.made()).number(r.kept()).number(r.broken()).number(r.open()).amount(r.keptAmount())
                .amount(r.brokenAmount()).amount(r.openAmount());
        for (var promise : f.openPromises()) {
            b.amount(promise.amount()).date(promise.promisedOn()).date(promise.deadline());
            promise.documents().forEach(b::id);
        }
        for (var dispute : f.disputes()) {
            b.amount(dispute.amount()).id(dispute.document());
        }
        b.number(f.disputes().size()).number(f.openPromises().size());
        for (var activity : f.recentActivities()) {
            b.date(activity.date());
        }
        for (var letter : f.recentLetters()) {
            b.id(letter.number()).date(letter.date()).number(letter.level()).amount(letter.total());
        }
        var c = f.credit();
        b.amount(c.limit()).amount(c.available());
        if (c.riskScore() != null) {
            b.number(c.riskScore());
        }
        List<String> names = new ArrayList<>();
        for (String name : new String[] {f.customerName(), f.companyName(), f.contact()}) {
            if (name != null && !name.isBlank()) {
                names.add(name);
            }
        }
        boolean owesNothing = f.balance() != null && f.balance().signum() <= 0;
        return new GroundingFacts(b.amounts, b.numbers, b.percentages, b.dates, b.ids, names, owesNothing);
    }

    private static void invoices(Builder b, List<CustomerFacts.Invoice> invoices, CustomerFacts.Tail tail) {
        BigDecimal total = BigDecimal.ZERO;
        for (var invoice : invoices) {
            b.id(invoice.document()).date(invoice.documentDate()).date(invoice.dueDate()).amount(invoice.amount())
                    .amount(invoice.open()).number(invoice.daysOverdue()).number(invoice.level());
            total = total.add(invoice.open());
        }
        b.amount(total).number(invoices.size());
        if (tail != null) {
            b.number(tail.count()).amount(tail.open()).number(tail.count() + invoices.size())
                    .amount(total.add(tail.open()));
        }
    }

    /** Whether {@code value} is one of the amounts (equal in value: 500 is 500.00). */
    public boolean amount(BigDecimal value) {
        return amounts.stream().anyMatch(a -> a.compareTo(value) == 0);
    }

    /** Whether {@code value} is a count, days, level or score of the facts (or equals one of the amounts). */
    public boolean number(BigDecimal value) {
        return numbers.stream().anyMatch(n -> n.compareTo(value) == 0) || amount(value);
    }

    public boolean percentage(BigDecimal value) {
        return percentages.stream().anyMatch(p -> p.compareTo(value) == 0);
    }

    /** A document number or account as the facts spell it (letter case aside). */
    public boolean identifier(String value) {
        return identifiers.stream().anyMatch(i -> i.equalsIgnoreCase(value));
    }

    private static final class Builder {
        final Set<BigDecimal> amounts = new HashSet<>();
        final Set<BigDecimal> numbers = new HashSet<>();
        final Set<BigDecimal> percentages = new HashSet<>();
        final Set<LocalDate> dates = new HashSet<>();
        final Set<String> ids = new HashSet<>();

        Builder amount(BigDecimal value) {
            if (value != null) {
                amounts.add(value);
                amounts.add(value.abs());
            }
            return this;
        }

        Builder number(long value) {
            numbers.add(BigDecimal.valueOf(value));
            return this;
        }

        Builder number(BigDecimal value) {
            if (value != null) {
                numbers.add(value);
            }
            return this;
        }

        Builder date(LocalDate value) {
            if (value != null) {
                dates.add(value);
            }
            return this;
        }

        Builder id(String value) {
            if (value != null && !value.isBlank()) {
                ids.add(value);
            }
            return this;
        }
    }
}
