package org.dunwell.ledger.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dunwell.ledger.api.DocumentKind;
import org.dunwell.ledger.domain.LedgerStore;
import org.dunwell.ledger.domain.imports.CustomerRef;
import org.dunwell.ledger.domain.imports.DocumentRow;
import org.dunwell.ledger.domain.imports.NewDocument;
import org.dunwell.ledger.domain.imports.NewSettlement;
import org.dunwell.ledger.domain.imports.StoredDocument;

/**
 * Posts checked invoice, credit-note and payment rows, a chunk at a time, by the contract's
 * rules: a key that exists with the same values is unchanged, with other values rejected
 * (the same inside one chunk and across chunks, since earlier rows are already written);
 * the customer must exist and bill in the document's currency; {@code applies_to} must name
 * an invoice of the same customer and settles min(document amount, invoice open amount) in
 * row order, dated the later of the two documents' dates.
 */
final class DocumentPosting {

    private final LedgerStore store;
    private final String actor;
    private final Instant now;
    private final String source;
    private final Map<String, Boolean> companies = new HashMap<>();

    DocumentPosting(LedgerStore store, String actor, Instant now, String source) {
        this.store = store;
        this.actor = actor;
        this.now = now;
        this.source = source;
    }

    /** Posts the rows (in line order); returns one outcome per row, in the same order. */
    List<PostingOutcome> post(List<DocumentRow> rows, Long importId) {
        return ByCompany.post(rows, DocumentRow::company,
                (company, companyRows, outcomes) -> postForCompany(company, companyRows, importId, outcomes));
    }

    private void postForCompany(String company, List<DocumentRow> rows, Long importId,
                                Map<DocumentRow, PostingOutcome> outcomes) {
        if (!companies.computeIfAbsent(company, c -> store.accountingCurrency(c).isPresent())) {
            rows.forEach(row -> outcomes.put(row, PostingOutcome.rejected(row.line(), PostingOutcome.Rejection.RULE,
                    "company '" + company + "' does not exist")));
            return;
        }
        Set<String> accounts = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (DocumentRow row : rows) {
            accounts.add(row.account());
            keys.add(row.document());
            if (row.appliesTo() != null) {
                keys.add(row.appliesTo());
            }
        }
        Map<String, CustomerRef> customers = store.customerRefs(company, accounts);
        Map<String, StoredDocument> stored = store.documents(company, keys);
        Map<String, String> fedBack = store.reconciliationKeys(company, rows.stream()
                .filter(r -> r.kind().isCredit() && r.reference() != null).map(DocumentRow::reference).toList());
        Map<String, DocumentRow> postedHere = new HashMap<>();
        List<DocumentRow> accepted = new ArrayList<>();
        for (DocumentRow row : rows) {
            String movement = row.kind().isCredit() && row.reference() != null ? fedBack.get(row.reference()) : null;
            PostingOutcome outcome = movement != null ? PostingOutcome.matched(row.line(), "document '"
                    + row.document() + "' is the movement " + row.reference() + " (" + movement + ") made in Dunwell"
                    + " and read from /postings: matched, not applied again")
                    : decide(row, customers, stored, postedHere);
            outcomes.put(row, outcome);
            if (outcome == null) {
                accepted.add(row);
                postedHere.put(row.document(), row);
            }
        }
        if (accepted.isEmpty()) {
            return;
        }
        long[] ids = store.newIds(accepted.size());
        List<NewDocument> documents = new ArrayList<>();
        Map<DocumentRow, Long> idOf = new HashMap<>();
        for (int i = 0; i < accepted.size(); i++) {
            DocumentRow row = accepted.get(i);
            idOf.put(row, ids[i]);
            documents.add(new NewDocument(ids[i], company, row.document(), row.kind(),
                    customers.get(row.account()).id(), row.documentDate(), row.dueDate(),
                    row.amount().currency().getCurrencyCode(), row.amount().amount(), row.amount().amount(),
                    row.reference(), row.customerPo(), row.description(), row.appliesTo(), null, source, importId,
                    actor, now));
            outcomes.put(row, PostingOutcome.applied(row.line(), ids[i]));
        }
        store.insertDocuments(documents);
        settleAppliesTo(company, accepted, idOf, stored);
    }

    /** Null when the row is to be posted; otherwise unchanged or rejected. */
    private PostingOutcome decide(DocumentRow row, Map<String, CustomerRef> customers,
                                  Map<String, StoredDocument> stored, Map<String, DocumentRow> postedHere) {
        StoredDocument existing = stored.get(row.document());
        if (existing != null) {
            return row.sameAs(existing) ? PostingOutcome.unchanged(row.line(), existing.id())
                    : PostingOutcome.rejected(row.line(), PostingOutcome.Rejection.CONFLICT, "document '"
                    + row.document() + "' exists with other values (" + row.differenceFrom(existing) + "); posted"
                    + " documents never change: correct them with a credit note, a reversal or a cancellation");
        }
        DocumentRow earlier = postedHere.get(row.document());
        if (earlier != null) {
            return row.sameValuesAs(earlier) ? PostingOutcome.unchanged(row.line(), 0)
                    : PostingOutcome.rejected(row.line(), PostingOutcome.Rejection.CONFLICT, "document '"
                    + row.document() + "' appears earlier in the file (line " + earlier.line()
                    + ") with other values");
        }
        CustomerRef customer = customers.get(row.account());
        if (customer == null) {
            return PostingOutcome.rejected(row.line(), PostingOutcome.Rejection.RULE,
                    "customer '" + row.account() + "' does not exist in company " + row.company());
        }
        if (!customer.currency().equals(row.amount().currency().getCurrencyCode())) {
            return PostingOutcome.rejected(row.line(), PostingOutcome.Rejection.RULE, "currency "
                    + row.amount().currency() + " is not the currency of customer " + row.account() + " ("
                    + customer.currency() + ")");
        }
        if (row.appliesTo() != null) {
            StoredDocument target = stored.get(row.appliesTo());
            if (target == null) {
                return PostingOutcome.rejected(row.line(), PostingOutcome.Rejection.RULE,
                        "applies_to '" + row.appliesTo() + "' is not a known invoice");
            }
            if (target.kind() != DocumentKind.INVOICE) {
                return PostingOutcome.rejected(row.line(), PostingOutcome.Rejection.RULE,
                        "applies_to '" + row.appliesTo() + "' is a " + target.kind() + ", not an invoice");
            }
            if (target.customerId() != customer.id()) {
                return PostingOutcome.rejected(row.line(), PostingOutcome.Rejection.RULE,
                        "applies_to '" + row.appliesTo() + "' is an invoice of another customer");
            }
        }
        return null;
    }

    /** Settles each new credit with applies_to against its invoice, in row order. */
    private void settleAppliesTo(String company, List<DocumentRow> accepted, Map<DocumentRow, Long> idOf,
                                 Map<String, StoredDocument> stored) {
        List<DocumentRow> applying = accepted.stream().filter(r -> r.appliesTo() != null).toList();
        if (applying.isEmpty()) {
            return;
        }
        Set<Long> invoiceIds = new HashSet<>();
        applying.forEach(r -> invoiceIds.add(stored.get(r.appliesTo()).id()));
        store.lock(invoiceIds);
        Map<Long, BigDecimal> invoiceOpen = new HashMap<>(store.openAmounts(invoiceIds));
        Map<Long, BigDecimal> changed = new HashMap<>();
        List<NewSettlement> settlements = new ArrayList<>();
        long[] ids = store.newIds(applying.size());
        int next = 0;
        for (DocumentRow row : applying) {
            StoredDocument invoice = stored.get(row.appliesTo());
            BigDecimal open = invoiceOpen.get(invoice.id());
            BigDecimal amount = row.amount().amount().min(open);
            if (amount.signum() <= 0) {
                continue;
            }
            long creditId = idOf.get(row);
            invoiceOpen.put(invoice.id(), open.subtract(amount));
            changed.put(invoice.id(), open.subtract(amount));
            changed.put(creditId, row.amount().amount().subtract(amount));
            LocalDate on = later(row.documentDate(), invoice.documentDate());
            settlements.add(new NewSettlement(ids[next++], company, invoice.customerId(), invoice.id(), creditId,
                    amount, on, new NewSettlement.DocumentDates(invoice.documentDate(), invoice.dueDate(),
                    row.documentDate()), actor, now));
        }
        store.setOpenAmounts(changed);
        store.insertSettlements(settlements);
    }

    static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
