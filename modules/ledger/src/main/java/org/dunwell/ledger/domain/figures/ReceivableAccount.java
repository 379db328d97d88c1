package org.dunwell.ledger.domain.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dunwell.kernel.api.Money;
import org.dunwell.ledger.api.Overdue;
import org.dunwell.ledger.api.PaymentHistory;
import org.dunwell.ledger.api.ReceivableFigures;

/**
 * One customer's documents and settlements as they stood on a date, fed row by row (in any
 * order), turned into {@link ReceivableFigures}. Only what exists on the as-of date may be fed:
 * documents dated on or before it, settlements made on or before it and not undone by then,
 * credits not reversed by then.
 */
public final class ReceivableAccount {

    /** A debit and what was settled of it. */
    private static final class Debit {
        final boolean invoice;
        final boolean cancelled;
        final boolean disputed;
        final LocalDate dueDate;
        final BigDecimal amount;
        BigDecimal settled = BigDecimal.ZERO;
        boolean paidLate;

        Debit(boolean invoice, boolean cancelled, boolean disputed, LocalDate dueDate, BigDecimal amount) {
            this.invoice = invoice;
            this.cancelled = cancelled;
            this.disputed = disputed;
            this.dueDate = dueDate;
            this.amount = amount;
        }

        BigDecimal open() {
            return amount.subtract(settled);
        }
    }

    private final String company;
    private final String account;
    private final Currency currency;
    private final LocalDate asOf;
    private final LocalDate createdOn;
    private final BigDecimal creditLimit;
    private final Map<Long, Debit> debits = new LinkedHashMap<>();
    private BigDecimal credits = BigDecimal.ZERO;
    private LocalDate firstDocument;
    private LocalDate lastPaymentDate;
    private BigDecimal lastPaymentAmount = BigDecimal.ZERO;
    private BigDecimal weightedDays = BigDecimal.ZERO;
    private BigDecimal weight = BigDecimal.ZERO;
    private long longest;

    public ReceivableAccount(String company, String account, Currency currency, BigDecimal creditLimit, LocalDate asOf,
                             LocalDate createdOn) {
        this.creditLimit = creditLimit;
        this.company = company;
        this.account = account;
        this.currency = currency;
        this.asOf = asOf;
        this.createdOn = createdOn;
    }

    public void debit(long id, boolean invoice, boolean cancelled, boolean disputed, LocalDate documentDate,
                      LocalDate dueDate, BigDecimal amount) {
        debits.put(id, new Debit(invoice, cancelled, disputed, dueDate, amount));
        seen(documentDate);
    }

    /** A credit (payment, credit note, write-off) that counts on the as-of date. */
    public void credit(boolean payment, LocalDate documentDate, BigDecimal amount) {
        credits = credits.add(amount);
        seen(documentDate);
        if (payment) {
            if (lastPaymentDate == null || documentDate.isAfter(lastPaymentDate)) {
                lastPaymentDate = documentDate;
                lastPaymentAmount = amount;
            } else if (documentDate.equals(lastPaymentDate)) {
                lastPaymentAmount = lastPaymentAmount.add(amount);
            }
        }
    }

    /** A settlement of debit {@code debitId} in force on the as-of date; {@code byPayment} if a payment paid it. */
    public void settlement(long debitId, LocalDate settledOn, BigDecimal amount, boolean byPayment) {
        Debit debit = debits.get(debitId);
        if (debit == null) {
            return;
        }
        debit.settled = debit.settled.add(amount);
        if (byPayment && debit.invoice && !debit.cancelled) {
            long late = Math.max(0, ChronoUnit.DAYS.between(debit.dueDate, settledOn));
            delinquency(late, amount);
            debit.paidLate |= late > 0;
        }
    }

    private void delinquency(long days, BigDecimal amount) {
        weightedDays = weightedDays.add(amount.multiply(BigDecimal.valueOf(days)));
        weight = weight.add(amount);
        longest = Math.max(longest, days);
    }

    private void seen(LocalDate date) {
        if (firstDocument == null || date.isBefore(firstDocument)) {
            firstDocument = date;
        }
    }

    /** The figures; may be asked again after more rows were fed. */
    public ReceivableFigures figures() {
        BigDecimal debitTotal = BigDecimal.ZERO;
        BigDecimal openTotal = BigDecimal.ZERO;
        int invoices = 0;
        int late = 0;
        int disputed = 0;
        BigDecimal weightedDays = this.weightedDays;
        BigDecimal weight = this.weight;
        long longest = this.longest;
        List<Debit> overdue = new ArrayList<>();
        for (Debit debit : debits.values()) {
            debitTotal = debitTotal.add(debit.amount);
            BigDecimal open = debit.open();
            openTotal = openTotal.add(open);
            boolean pastDue = open.signum() > 0 && debit.dueDate.isBefore(asOf);
            if (pastDue) {
                overdue.add(debit);
            }
            if (debit.invoice && !debit.cancelled) {
                invoices++;
                if (debit.disputed) {
                    disputed++;
                }
                if (pastDue) {
                    long days = ChronoUnit.DAYS.between(debit.dueDate, asOf);
                    weightedDays = weightedDays.add(open.multiply(BigDecimal.valueOf(days)));
                    weight = weight.add(open);
                    longest = Math.max(longest, days);
                }
                if (debit.paidLate || pastDue) {
                    late++;
                }
            }
        }
        BigDecimal balance = debitTotal.subtract(credits);
        // unapplied credits (what is open on debits beyond the balance) pay the oldest debts first: the one
        // definition of overdue, with no exclusion (the credit profile counts disputed debts too)
        BigDecimal unapplied = openTotal.subtract(balance).max(BigDecimal.ZERO);
        List<Overdue.Debit> open = new ArrayList<>(overdue.size());
        for (Debit debit : overdue) {
            open.add(new Overdue.Debit(debit.dueDate, debit.open(), debit.disputed
                    ? EnumSet.of(Overdue.Exclusion.DISPUTED) : Overdue.NONE));
        }
        Overdue.Figures past = Overdue.of(open, unapplied, asOf, Overdue.NONE);
        BigDecimal average = weight.signum() == 0 ? BigDecimal.ZERO.setScale(1)
                : weightedDays.divide(weight, 1, RoundingMode.HALF_UP);
        PaymentHistory history = PaymentHistory.of(average, (int) longest, late, invoices, disputed,
                lastPaymentDate, lastPaymentDate == null ? null : Money.of(lastPaymentAmount, currency));
        LocalDate since = firstDocument != null && (createdOn == null || firstDocument.isBefore(createdOn))
                ? firstDocument : createdOn;
        return new ReceivableFigures(company, account, currency.getCurrencyCode(),
                creditLimit == null ? null : Money.of(creditLimit, currency), asOf, Money.of(balance, currency),
                Money.of(past.amount(), currency), past.oldestDays(asOf),
                since, history);
    }
}
