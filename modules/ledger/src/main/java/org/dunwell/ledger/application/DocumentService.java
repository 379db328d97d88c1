package org.dunwell.ledger.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.DocumentNumber;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.RuleViolationException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.Charge;
import org.dunwell.ledger.api.CollectionStatus;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.DocumentDraft;
import org.dunwell.ledger.api.DocumentFilter;
import org.dunwell.ledger.api.DocumentKind;
import org.dunwell.ledger.api.DocumentStatus;
import org.dunwell.ledger.api.DocumentView;
import org.dunwell.ledger.api.Documents;
import org.dunwell.ledger.api.ReceivedPayment;
import org.dunwell.ledger.api.SettledCredit;
import org.dunwell.ledger.domain.LedgerStore;
import org.dunwell.ledger.domain.imports.CustomerRef;
import org.dunwell.ledger.domain.imports.DocumentRow;
import org.dunwell.ledger.domain.imports.NewDocument;
import org.dunwell.ledger.domain.imports.NewSettlement;
import org.dunwell.ledger.domain.imports.RowRejected;
import org.dunwell.ledger.domain.imports.StoredCustomer;
import org.dunwell.ledger.domain.imports.StoredDocument;
import org.dunwell.ledger.domain.settlement.ActiveSettlement;
import org.dunwell.ledger.infrastructure.jdbc.JdbcLedgerQueries;

/** Single documents through the API: the import's rules for posting, and the ERP's corrections. */
@ApplicationScoped
@Transactional
public class DocumentService implements Documents {

    private LedgerStore store;
    private JdbcLedgerQueries queries;
    private BusinessClock clock;

    protected DocumentService() {
    }

    @Inject
    public DocumentService(LedgerStore store, JdbcLedgerQueries queries, BusinessClock clock) {
        this.store = store;
        this.queries = queries;
        this.clock = clock;
    }

    /** A column of the import files as the JSON body names it: {@code due_date} is {@code dueDate}. */
    private static String jsonName(String column) {
        StringBuilder name = new StringBuilder(column.length());
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    @Override
    public DocumentView get(String company, String document) {
        return queries.document(company, document).orElseThrow(() -> new NotFoundException("document", document));
    }

    @Override
    public DocumentView get(String company, String document, CustomerScope scope) {
        DocumentView found = get(company, document);
        if (!scope.all()) {
            StoredCustomer customer = store.customers(company, List.of(found.account())).get(found.account());
            if (customer == null || !scope.includes(company, customer.region(), customer.group(), customer.currency(),
                    customer.responsible())) {
                throw new NotFoundException("document", document);
            }
        }
        return found;
    }

    @Override
    public Page<DocumentView> list(DocumentFilter filter, PageRequest page) {
        return queries.documents(filter, page);
    }

    @Override
    public DocumentView post(DocumentDraft draft, String defaultCompany, UserName actor) {
        DocumentRow row;
        try {
            row = DocumentRow.of(draft, defaultCompany);
        } catch (RowRejected e) {
            throw e.column() == null ? new InvalidInputException(e.getMessage())
                    : InvalidInputException.ofField(jsonName(e.column()), e.getMessage());
        }
        PostingOutcome outcome = new DocumentPosting(store, actor.value(), clock.now(), "API").post(List.of(row), null)
                .get(0);
        if (outcome.result() == PostingOutcome.Result.REJECTED) {
            throw outcome.rejection() == PostingOutcome.Rejection.CONFLICT ? new ConflictException(outcome.reason())
                    : new RuleViolationException("document-rejected", outcome.reason());
        }
        return get(row.company(), row.document());
    }

    @Override
    public DocumentView cancelInvoice(String company, String invoice, String creditNote, LocalDate date,
                                      String reason, UserName actor) {
        requireReason(reason);
        StoredDocument stored = store.document(company, invoice)
                .orElseThrow(() -> new NotFoundException("document", invoice));
        if (stored.kind() != DocumentKind.INVOICE) {
            throw new RuleViolationException("not-an-invoice", invoice + " is a " + stored.kind()
                    + "; only invoices are cancelled");
        }
        StoredDocument locked = lockedDebit(company, invoice);
        if (locked.openAmount().signum() == 0) {
            throw new ConflictException(invoice + " is fully settled; reverse its payments before cancelling it");
        }
        LocalDate on = date != null ? date : clock.today();
        if (on.isBefore(locked.documentDate())) {
            throw InvalidInputException.ofField("date", "is before the invoice's date " + locked.documentDate());
        }
        String cn = creditNote != null && !creditNote.isBlank() ? DocumentNumber.of(creditNote).value()
                : DocumentNumber.of(invoice + "-CN").value();
        settleWithCredit(locked, company, DocumentKind.CREDIT_NOTE, cn, locked.openAmount(), on,
                "cancels " + invoice + ": " + reason, actor);
        store.setStatus(locked.id(), DocumentStatus.CANCELLED, on, reason);
        store.insertAudit(List.of(new AuditEntry(company, "document", invoice, "cancelled", "status", "POSTED",
                "CANCELLED", reason + " (credit note " + cn + ")", actor.value(), clock.now())));
        return get(company, invoice);
    }

    @Override
    public DocumentView postSettledCredit(SettledCredit credit, UserName actor) {
        requireReason(credit.reason());
        if (credit.kind() != DocumentKind.CREDIT_NOTE && credit.kind() != DocumentKind.WRITE_OFF) {
            throw InvalidInputException.ofField("kind", "only credit notes and write-offs are posted against an invoice");
        }
        String number = DocumentNumber.of(credit.document()).value();
        StoredDocument locked = lockedDebit(credit.company(), credit.invoice());
        Money amount = positive("amount", credit.amount(), locked.currency());
        Money open = Money.of(locked.openAmount(), Money.currency(locked.currency()));
        if (amount.isGreaterThan(open)) {
            throw new RuleViolationException("exceeds-open-amount", credit.invoice() + " has " + open.toPlainString()
                    + " " + locked.currency() + " open; " + amount.toPlainString() + " cannot be credited against it");
        }
        LocalDate on = credit.date() != null ? credit.date() : clock.today();
        if (on.isBefore(locked.documentDate())) {
            throw InvalidInputException.ofField("date", "is before the invoice's date " + locked.documentDate());
        }
        settleWithCredit(locked, credit.company(), credit.kind(), number, amount.amount(), on, credit.reason(), actor);
        return get(credit.company(), number);
    }

    @Override
    public DocumentView postReceivedPayment(ReceivedPayment payment, UserName actor) {
        String number = DocumentNumber.of(payment.document()).value();
        CustomerRef customer = store.customerRefs(payment.company(), List.of(payment.account())).values().stream()
                .findFirst().orElseThrow(() -> new NotFoundException("customer", payment.account()));
        Money amount = positive("amount", payment.amount(), customer.currency());
        LocalDate on = payment.date() != null ? payment.date() : clock.today();
        requireNew(payment.company(), number);
        Instant now = clock.now();
        store.insertDocuments(List.of(new NewDocument(store.newIds(1)[0], payment.company(), number,
                DocumentKind.PAYMENT, customer.id(), on, null, customer.currency(), amount.amount(), amount.amount(),
                payment.reference(), null, payment.description(), null, null, "API", null, actor.value(), now)));
        PostingFeed.write(store, payment.company(), DocumentKind.PAYMENT.name(), number, null, payment.account(),
                customer.currency(), amount.amount(), on, payment.description(), actor, now);
        store.insertAudit(List.of(new AuditEntry(payment.company(), "document", number, "posted", "amount", null,
                amount.toPlainString(), payment.description(), actor.value(), now)));
        return get(payment.company(), number);
    }

    @Override
    public DocumentView postCharge(Charge charge, UserName actor) {
        if (charge.kind() != DocumentKind.FEE && charge.kind() != DocumentKind.INTEREST) {
            throw InvalidInputException.ofField("kind", "a charge is a fee or an interest note");
        }
        String number = DocumentNumber.of(charge.document()).value();
        CustomerRef customer = store.customerRefs(charge.company(), List.of(charge.account())).values().stream()
                .findFirst().orElseThrow(() -> new NotFoundException("customer", charge.account()));
        Money amount = positive("amount", charge.amount(), customer.currency());
        LocalDate on = charge.date() != null ? charge.date() : clock.today();
        LocalDate due = charge.dueDate() != null ? charge.dueDate() : on;
        if (due.isBefore(on)) {
            throw InvalidInputException.ofField("dueDate", "is before the charge's date " + on);
        }
        requireNew(charge.company(), number);
        Long claim = null;
        if (charge.claimOf() != null) {
            StoredDocument invoice = store.document(charge.company(), charge.claimOf())
                    .filter(d -> d.kind() == DocumentKind.INVOICE && d.customerId() == customer.id())
                    .orElseThrow(() -> InvalidInputException.ofField("claimOf", charge.claimOf()
                            + " is not an invoice of customer " + charge.account()));
            claim = invoice.id();
        }
        Instant now = clock.now();
        store.insertDocuments(List.of(new NewDocument(store.newIds(1)[0], charge.company(), number, charge.kind(),
                customer.id(), on, due, customer.currency(), amount.amount(), amount.amount(), null, null,
                charge.description(), charge.claimOf(), claim, "API", null, actor.value(), now)));
        PostingFeed.write(store, charge.company(), charge.kind().name(), number, charge.claimOf(), charge.account(),
                customer.currency(), amount.amount(), on, charge.description(), actor, now);
        store.insertAudit(List.of(new AuditEntry(charge.company(), "document", number, "posted", "amount", null,
                amount.toPlainString(), charge.description(), actor.value(), now)));
        return get(charge.company(), number);
    }

    @Override
    public DocumentView getForUpdate(String company, String document) {
        StoredDocument stored = store.document(company, document)
                .orElseThrow(() -> new NotFoundException("document", document));
        store.lock(List.of(stored.id()));
        return get(company, document);
    }

    @Override
    public DocumentView setCollectionStatus(String company, String document, CollectionStatus status, String reason,
                                            UserName actor) {
        if (status == null) {
            throw InvalidInputException.ofField("collectionStatus", "is required");
        }
        StoredDocument stored = store.document(company, document)
                .orElseThrow(() -> new NotFoundException("document", document));
        if (!stored.kind().isDebit()) {
            throw new RuleViolationException("not-a-debit", document + " is a " + stored.kind()
                    + "; only invoices, fees and interest notes have a collection status");
        }
        store.lock(List.of(stored.id()));
        DocumentView before = get(company, document);
        if (before.collectionStatus() != status) {
            store.setCollectionStatus(stored.id(), status, clock.today());
            store.insertAudit(List.of(new AuditEntry(company, "document", document, "collection-status",
                    "collectionStatus", before.collectionStatus().name(), status.name(), reason, actor.value(),
                    clock.now())));
        }
        return get(company, document);
    }

    @Override
    public DocumentView reversePayment(String company, String payment, LocalDate date, String reason,
                                       UserName actor) {
        requireReason(reason);
        StoredDocument stored = store.document(company, payment)
                .orElseThrow(() -> new NotFoundException("document", payment));
        if (stored.kind() != DocumentKind.PAYMENT) {
            throw new RuleViolationException("not-a-payment", payment + " is a " + stored.kind()
                    + "; only payments are reversed");
        }
        Set<Long> involved = new HashSet<>();
        involved.add(stored.id());
        store.activeSettlements(stored.id()).forEach(s -> involved.add(s.debitId()));
        store.lock(involved);
        StoredDocument locked = store.document(company, payment).orElseThrow();
        if (!DocumentStatus.POSTED.name().equals(locked.status())) {
            throw new ConflictException(payment + " is already " + locked.status());
        }
        LocalDate on = date != null ? date : clock.today();
        if (on.isBefore(locked.documentDate())) {
            throw InvalidInputException.ofField("date", "is before the payment's date " + locked.documentDate());
        }
        List<ActiveSettlement> settlements = store.activeSettlements(locked.id());
        Set<Long> debits = new HashSet<>();
        settlements.forEach(s -> debits.add(s.debitId()));
        if (!involved.containsAll(debits)) {
            store.lock(debits);
        }
        Map<Long, BigDecimal> open = new HashMap<>(store.openAmounts(debits));
        for (ActiveSettlement settlement : settlements) {
            open.merge(settlement.debitId(), settlement.amount(), BigDecimal::add);
        }
        open.put(locked.id(), BigDecimal.ZERO);
        store.undoSettlements(settlements.stream().map(ActiveSettlement::id).toList(), on, actor.value(),
                "payment reversed: " + reason);
        store.setOpenAmounts(open);
        store.setStatus(locked.id(), DocumentStatus.REVERSED, on, reason);
        PostingFeed.write(store, company, "PAYMENT_REVERSED", payment, null, locked.account(), locked.currency(),
                locked.amount(), on, "payment reversed: " + reason, actor, clock.now());
        List<AuditEntry> audit = new ArrayList<>();
        audit.add(new AuditEntry(company, "document", payment, "reversed", "status", "POSTED", "REVERSED", reason,
                actor.value(), clock.now()));
        store.insertAudit(audit);
        return get(company, payment);
    }

    /** The invoice (fee, interest note), locked, posted and not cancelled. */
    private StoredDocument lockedDebit(String company, String document) {
        StoredDocument stored = store.document(company, document)
                .orElseThrow(() -> new NotFoundException("document", document));
        if (!stored.kind().isDebit()) {
            throw new RuleViolationException("not-a-debit", document + " is a " + stored.kind()
                    + "; only invoices, fees and interest notes are credited");
        }
        store.lock(List.of(stored.id()));
        StoredDocument locked = store.document(company, document).orElseThrow();
        if (!DocumentStatus.POSTED.name().equals(locked.status())) {
            throw new ConflictException(document + " is already " + locked.status());
        }
        return locked;
    }

    /** Posts a credit of {@code amount} that settles the locked debit at once. */
    private void settleWithCredit(StoredDocument debit, String company, DocumentKind kind, String number,
                                  BigDecimal amount, LocalDate on, String description, UserName actor) {
        requireNew(company, number);
        Instant now = clock.now();
        long[] ids = store.newIds(2);
        store.insertDocuments(List.of(new NewDocument(ids[0], company, number, kind, debit.customerId(), on, null,
                debit.currency(), amount, BigDecimal.ZERO, null, null, description, debit.document(), debit.id(),
                "API", null, actor.value(), now)));
        store.insertSettlements(List.of(new NewSettlement(ids[1], company, debit.customerId(), debit.id(), ids[0],
                amount, on, new NewSettlement.DocumentDates(debit.documentDate(), debit.dueDate(), on), actor.value(),
                now)));
        store.setOpenAmounts(Map.of(debit.id(), debit.openAmount().subtract(amount)));
        PostingFeed.write(store, company, kind.name(), number, debit.document(), debit.account(), debit.currency(),
                amount, on, description, actor, now);
        store.insertAudit(List.of(new AuditEntry(company, "document", debit.document(), "settled", "openAmount",
                debit.openAmount().toPlainString(), debit.openAmount().subtract(amount).toPlainString(),
                "by " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + number + ": "
                        + description, actor.value(), now)));
    }

    private void requireNew(String company, String number) {
        if (store.document(company, number).isPresent()) {
            throw new ConflictException("document " + number + " already exists; name another");
        }
    }

    private static Money positive(String field, BigDecimal amount, String currency) {
        if (amount == null) {
            throw InvalidInputException.ofField(field, "is required");
        }
        Money money = Money.of(amount, Money.currency(currency));
        if (!money.isPositive()) {
            throw InvalidInputException.ofField(field, "must be positive");
        }
        return money;
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.ofField("reason", "is required");
        }
    }
}
