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
import java.util.Map;
import java.util.Set;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.DocumentNumber;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.RuleViolationException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.DocumentDraft;
import org.dunwell.ledger.api.DocumentFilter;
import org.dunwell.ledger.api.DocumentKind;
import org.dunwell.ledger.api.DocumentStatus;
import org.dunwell.ledger.api.DocumentView;
import org.dunwell.ledger.api.Documents;
import org.dunwell.ledger.domain.LedgerStore;
import org.dunwell.ledger.domain.imports.DocumentRow;
import org.dunwell.ledger.domain.imports.NewDocument;
import org.dunwell.ledger.domain.imports.NewSettlement;
import org.dunwell.ledger.domain.imports.RowRejected;
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

    @Override
    public DocumentView get(String company, String document) {
        return queries.document(company, document).orElseThrow(() -> new NotFoundException("document", document));
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
            throw new InvalidInputException(e.getMessage());
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
        store.lock(List.of(stored.id()));
        StoredDocument locked = store.document(company, invoice).orElseThrow();
        if (!DocumentStatus.POSTED.name().equals(locked.status())) {
            throw new ConflictException(invoice + " is already " + locked.status());
        }
        if (locked.openAmount().signum() == 0) {
            throw new ConflictException(invoice + " is fully settled; reverse its payments before cancelling it");
        }
        LocalDate on = date != null ? date : clock.today();
        if (on.isBefore(locked.documentDate())) {
            throw InvalidInputException.ofField("date", "is before the invoice's date " + locked.documentDate());
        }
        String cn = creditNote != null && !creditNote.isBlank() ? DocumentNumber.of(creditNote).value()
                : DocumentNumber.of(invoice + "-CN").value();
        if (store.document(company, cn).isPresent()) {
            throw new ConflictException("document " + cn + " already exists; name another credit note");
        }
        Instant now = clock.now();
        long[] ids = store.newIds(2);
        BigDecimal amount = locked.openAmount();
        store.insertDocuments(List.of(new NewDocument(ids[0], company, cn, DocumentKind.CREDIT_NOTE,
                locked.customerId(), on, null, locked.currency(), amount, BigDecimal.ZERO, null, null,
                "cancels " + invoice + ": " + reason, invoice, locked.id(), "API", null, actor.value(), now)));
        store.insertSettlements(List.of(new NewSettlement(ids[1], company, locked.customerId(), locked.id(), ids[0],
                amount, on, actor.value(), now)));
        store.setOpenAmounts(Map.of(locked.id(), BigDecimal.ZERO));
        store.setStatus(locked.id(), DocumentStatus.CANCELLED, on, reason);
        store.insertAudit(List.of(new AuditEntry(company, "document", invoice, "cancelled", "status", "POSTED",
                "CANCELLED", reason + " (credit note " + cn + ")", actor.value(), now)));
        return get(company, invoice);
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
        List<AuditEntry> audit = new ArrayList<>();
        audit.add(new AuditEntry(company, "document", payment, "reversed", "status", "POSTED", "REVERSED", reason,
                actor.value(), clock.now()));
        store.insertAudit(audit);
        return get(company, payment);
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.ofField("reason", "is required");
        }
    }
}
