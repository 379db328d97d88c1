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
import org.dunwell.collections.api.ContactPermission;
import org.dunwell.collections.api.DisputeStatus;
import org.dunwell.collections.api.DisputeView;
import org.dunwell.collections.api.PromisePerformance;
import org.dunwell.collections.api.PromiseStatus;
import org.dunwell.collections.api.PromiseView;
import org.dunwell.collections.api.RestrictionKind;
import org.dunwell.collections.api.RestrictionView;
import org.dunwell.credit.api.CreditProfileView;
import org.dunwell.dunning.api.CustomerFacts;
import org.dunwell.dunning.api.CustomerFactsQuery;
import org.dunwell.dunning.api.LetterView;
import org.dunwell.dunning.domain.letter.LetterStore;
import org.dunwell.kernel.api.Money;
import org.dunwell.ledger.api.CollectionStatus;
import org.dunwell.ledger.api.CustomerAging;
import org.dunwell.ledger.api.CustomerView;
import org.dunwell.ledger.api.OpenItem;
import org.dunwell.ledger.api.PaymentHistory;

/**
 * Puts a customer's facts together from what the ledger, credit, collections and dunning computed: no figure is
 * made here but sums and counts of theirs. Every open item as of the day counts; each invoice list holds at most
 * {@code listSize} invoices, most days overdue first (then the larger open amount); the rest become a count and an
 * open total, so that the facts of a customer with hundreds of open invoices stay small.
 */
public final class FactsAssembler {

    /** Activities and letters the facts name at most. */
    static final int RECENT = 5;

    /**
     * What the assembler reads, as the services answered it: the customer, its credit profile (overdue, limit,
     * available, risk, hold, payment history), its aging, every open item as of the day, its open promises and
     * their record, open disputes, open activities, the contact permission of the day, its letters and levels.
     */
    public record Inputs(String companyName, CustomerView customer, CreditProfileView credit, CustomerAging aging,
                         List<OpenItem> openItems, List<PromiseView> promises, List<PromisePerformance> promiseRecord,
                         List<DisputeView> disputes, List<ActivityView> activities, ContactPermission permission,
                         List<LetterView> letters, Map<String, LetterStore.Level> levels) {
    }

    private FactsAssembler() {
    }

    public static CustomerFacts assemble(String company, LocalDate asOf, int listSize, Inputs in) {
        CustomerView customer = in.customer();
        String currency = customer.currency();
        CreditProfileView credit = in.credit();
        List<CustomerFacts.Invoice> overdue = new ArrayList<>();
        List<CustomerFacts.Invoice> disputed = new ArrayList<>();
        List<CustomerFacts.Invoice> promised = new ArrayList<>();
        int open = 0;
        for (OpenItem item : in.openItems()) {
            if (!item.kind().isDebit()) {
                continue;
            }
            open++;
            CustomerFacts.Invoice invoice = invoice(item, asOf, in.levels());
            if (item.collectionStatus() == CollectionStatus.DISPUTED) {
                disputed.add(invoice);
            } else if (item.collectionStatus() == CollectionStatus.PROMISED) {
                promised.add(invoice);
            } else if (item.dueDate() != null && item.dueDate().isBefore(asOf)) {
                overdue.add(invoice);
            }
        }
        BigDecimal collectible = sum(overdue);
        int level = in.levels().values().stream().mapToInt(LetterStore.Level::level).max().orElse(0);
        List<RestrictionView> restrictions = in.permission() == null ? List.of() : in.permission().restrictions();
        return new CustomerFacts(company, in.companyName(), customer.account(), customer.name(), asOf,
                customer.reminderRecipient().language(), currency, customer.reminderRecipient().contact(),
                amount(in.aging().openBalance(), currency), amount(credit.overdue(), currency), collectible,
                in.aging().buckets().stream().map(b -> new CustomerFacts.Bucket(b.name(), b.amount().amount()))
                        .toList(),
                open, head(overdue, listSize), tail(overdue, listSize, currency), head(disputed, listSize),
                tail(disputed, listSize, currency), head(promised, listSize), tail(promised, listSize, currency),
                payments(credit.paymentHistory(), currency), promiseRecord(in.promiseRecord(), currency),
                openPromises(in.promises()), disputes(in.disputes(), listSize), activities(in.activities()),
                letters(in.letters()), credit(credit, currency), level,
                asOf.plusDays(CustomerFactsQuery.PAYMENT_DAYS), CustomerFactsQuery.PAYMENT_DAYS,
                restrictions.stream().anyMatch(r -> r.active() && r.document() == null
                        && r.kind() == RestrictionKind.DO_NOT_CONTACT),
                restrictions.stream().anyMatch(r -> r.active() && r.document() == null
                        && r.kind() == RestrictionKind.HARDSHIP));
    }

    private static CustomerFacts.Invoice invoice(OpenItem d, LocalDate asOf, Map<String, LetterStore.Level> levels) {
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

    /** The limit in force (the group's for a member of a limit group; none when no limit is checked). */
    private static CustomerFacts.Credit credit(CreditProfileView profile, String currency) {
        return new CustomerFacts.Credit(amount(profile.exposure().limit(), currency),
                amount(profile.exposure().available(), currency), profile.riskScore(), profile.riskGroup(),
                profile.holdReason() != null, profile.holdReason());
    }

    /** An amount of the customer's currency; a figure in another currency (the accounting one) is left out. */
    private static BigDecimal amount(Money money, String currency) {
        return money == null || !money.currency().getCurrencyCode().equals(currency) ? null : money.amount();
    }

    private static int decimals(String currency) {
        return java.util.Currency.getInstance(currency).getDefaultFractionDigits();
    }
}
