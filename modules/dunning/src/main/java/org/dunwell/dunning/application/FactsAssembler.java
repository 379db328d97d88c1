package org.dunwell.dunning.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.dunwell.collections.api.ActivityView;
import org.dunwell.collections.api.CustomerHeader;
import org.dunwell.collections.api.CustomerWorkspaceView;
import org.dunwell.collections.api.DisputeStatus;
import org.dunwell.collections.api.DisputeView;
import org.dunwell.collections.api.PromisePerformance;
import org.dunwell.collections.api.PromiseStatus;
import org.dunwell.collections.api.PromiseView;
import org.dunwell.collections.api.RestrictionKind;
import org.dunwell.credit.api.CreditProfileView;
import org.dunwell.dunning.api.CustomerFacts;
import org.dunwell.dunning.api.CustomerFactsQuery;
import org.dunwell.dunning.api.LetterView;
import org.dunwell.dunning.domain.letter.LetterStore;
import org.dunwell.kernel.api.Money;
import org.dunwell.ledger.api.DocumentView;
import org.dunwell.ledger.api.PaymentHistory;

/**
 * Puts a customer's facts together from what the ledger, credit, collections and dunning computed: no figure is
 * made here but sums and counts of theirs. Each invoice list holds at most {@code listSize} invoices, most days
 * overdue first (then the larger open amount); the rest become a count and an open total, so that the facts of a
 * customer with hundreds of open invoices stay small.
 */
public final class FactsAssembler {

    /** Activities and letters the facts name at most. */
    static final int RECENT = 5;

    /** What the assembler reads, as the services answered it. */
    public record Inputs(String companyName, CustomerWorkspaceView workspace, CreditProfileView credit,
                         List<PromisePerformance> promiseRecord, List<DisputeView> disputes,
                         List<LetterView> letters, Map<String, LetterStore.Level> levels, String language,
                         String contact) {
    }

    private FactsAssembler() {
    }

    public static CustomerFacts assemble(String company, LocalDate asOf, int listSize, Inputs in) {
        CustomerWorkspaceView w = in.workspace();
        String currency = w.currency();
        CustomerHeader header = w.header();
        List<CustomerFacts.Invoice> overdue = new ArrayList<>();
        int open = 0;
        for (DocumentView d : w.openTransactions()) {
            if (d.kind().isDebit()) {
                open++;
                if (d.dueDate() != null && d.dueDate().isBefore(asOf)) {
                    overdue.add(invoice(d, asOf, in.levels()));
                }
            }
        }
        List<CustomerFacts.Invoice> disputed = debits(w.disputed(), asOf, in.levels());
        List<CustomerFacts.Invoice> promised = debits(w.promised(), asOf, in.levels());
        open += disputed.size() + promised.size();
        BigDecimal collectible = sum(overdue);
        int level = in.levels().values().stream().mapToInt(LetterStore.Level::level).max().orElse(0);
        return new CustomerFacts(company, in.companyName(), w.account(), w.name(), asOf, in.language(), currency,
                in.contact(), amount(header.balance(), currency), amount(header.overdue(), currency), collectible,
                w.aging() == null ? List.of() : w.aging().buckets().stream().map(b -> new CustomerFacts.Bucket(
                        b.name(), b.amount().amount())).toList(),
                open, head(overdue, listSize), tail(overdue, listSize, currency), head(disputed, listSize),
                tail(disputed, listSize, currency), head(promised, listSize), tail(promised, listSize, currency),
                payments(in.credit() == null ? null : in.credit().paymentHistory(), currency),
                promiseRecord(in.promiseRecord(), currency), openPromises(w.promises()),
                disputes(in.disputes(), listSize), activities(w.openActivities()), letters(in.letters()),
                credit(header, currency), level, asOf.plusDays(CustomerFactsQuery.PAYMENT_DAYS),
                CustomerFactsQuery.PAYMENT_DAYS,
                w.restrictions().stream().anyMatch(r -> r.active() && r.document() == null
                        && r.kind() == RestrictionKind.DO_NOT_CONTACT),
                w.restrictions().stream().anyMatch(r -> r.active() && r.document() == null
                        && r.kind() == RestrictionKind.HARDSHIP));
    }

    private static List<CustomerFacts.Invoice> debits(List<DocumentView> documents, LocalDate asOf,
                                                      Map<String, LetterStore.Level> levels) {
        return documents.stream().filter(d -> d.kind().isDebit()).map(d -> invoice(d, asOf, levels))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    private static CustomerFacts.Invoice invoice(DocumentView d, LocalDate asOf,
                                                 Map<String, LetterStore.Level> levels) {
        int days = d.dueDate() == null || !d.dueDate().isBefore(asOf) ? 0
                : (int) ChronoUnit.DAYS.between(d.dueDate(), asOf);
        LetterStore.Level level = levels.get(d.document());
        return new CustomerFacts.Invoice(d.document(), d.documentDate(), d.dueDate(), d.amount().amount(),
                d.openAmount().amount(), days, level == null ? 0 : level.level());
    }

    /** Most days overdue first, then the larger open amount, then by number: the same order every time. */
    private static final Comparator<CustomerFacts.Invoice> ORDER = Comparator
            .comparingInt(CustomerFacts.Invoice::daysOverdue).reversed()
            .thenComparing(CustomerFacts.Invoice::open, Comparator.reverseOrder())
            .thenComparing(CustomerFacts.Invoice::document);

    private static List<CustomerFacts.Invoice> head(List<CustomerFacts.Invoice> invoices, int size) {
        return invoices.stream().sorted(ORDER).limit(size).toList();
    }

    private static CustomerFacts.Tail tail(List<CustomerFacts.Invoice> invoices, int size, String currency) {
        if (invoices.size() <= size) {
            return null;
        }
        List<CustomerFacts.Invoice> rest = invoices.stream().sorted(ORDER).skip(size).toList();
        return new CustomerFacts.Tail(rest.size(), sum(rest).setScale(decimals(currency)));
    }

    private static BigDecimal sum(List<CustomerFacts.Invoice> invoices) {
        return invoices.stream().map(CustomerFacts.Invoice::open).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static CustomerFacts.Payments payments(PaymentHistory history, String currency) {
        if (history == null) {
            return null;
        }
        return new CustomerFacts.Payments(history.lastPaymentDate(), amount(history.lastPaymentAmount(), currency),
                history.lateInvoices(), history.invoices(), history.averageDaysPastDue(),
                history.longestDelinquencyDays());
    }

    private static CustomerFacts.PromiseRecord promiseRecord(List<PromisePerformance> record, String currency) {
        PromisePerformance p = record.stream().filter(r -> r.currency().equals(currency)).findFirst().orElse(null);
        if (p == null) {
            BigDecimal zero = BigDecimal.ZERO.setScale(decimals(currency));
            return new CustomerFacts.PromiseRecord(0, 0, zero, 0, zero, 0, zero);
        }
        return new CustomerFacts.PromiseRecord(p.made(), p.kept(), p.keptAmount().amount(), p.broken(),
                p.brokenAmount().amount(), p.open(), p.openAmount().amount());
    }

    private static List<CustomerFacts.Promise> openPromises(List<PromiseView> promises) {
        return promises.stream().filter(p -> p.status() == PromiseStatus.OPEN)
                .map(p -> new CustomerFacts.Promise(p.amount().amount(), p.promisedOn(), p.deadline(),
                        List.copyOf(p.documents()))).toList();
    }

    private static List<CustomerFacts.Dispute> disputes(List<DisputeView> disputes, int size) {
        return disputes.stream().filter(d -> d.status() == DisputeStatus.OPEN).limit(size)
                .map(d -> new CustomerFacts.Dispute(d.document(), d.amount().amount(), d.reasonCode(),
                        d.status().name(), d.explanation())).toList();
    }

    private static List<CustomerFacts.Activity> activities(List<ActivityView> activities) {
        return activities.stream().sorted(Comparator.comparing(ActivityView::start).reversed()).limit(RECENT)
                .map(a -> new CustomerFacts.Activity(a.type().name(), a.start().atOffset(ZoneOffset.UTC)
                        .toLocalDate(), a.purpose(), a.status(), a.notes())).toList();
    }

    private static List<CustomerFacts.Letter> letters(List<LetterView> letters) {
        return letters.stream().sorted(Comparator.comparing(LetterView::date).reversed()
                        .thenComparing(LetterView::id, Comparator.reverseOrder())).limit(RECENT)
                .map(l -> new CustomerFacts.Letter(l.number(), l.date(), l.level(), l.total())).toList();
    }

    private static CustomerFacts.Credit credit(CustomerHeader header, String currency) {
        return new CustomerFacts.Credit(amount(header.creditLimit(), currency),
                amount(header.availableCredit(), currency), header.riskScore(), header.riskGroup(),
                header.holdReason() != null, header.holdReason());
    }

    /** An amount of the customer's currency; a figure in another currency (the accounting one) is left out. */
    private static BigDecimal amount(Money money, String currency) {
        return money == null || !money.currency().getCurrencyCode().equals(currency) ? null : money.amount();
    }

    private static int decimals(String currency) {
        return java.util.Currency.getInstance(currency).getDefaultFractionDigits();
    }
}
