package org.dunwell.ledger.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.domain.LedgerStore;
import org.dunwell.ledger.domain.imports.CustomerRow;
import org.dunwell.ledger.domain.imports.StoredCustomer;

/**
 * Upserts customer rows a chunk at a time: a new account is created; an existing one gets
 * the given fields that differ, each change audited as made by the importing user. The
 * currency of an existing customer does not change, and {@code credit_limit} counts only on
 * creation (a different value later is a warning: limits change through credit limit
 * requests).
 */
final class CustomerPosting {

    private final LedgerStore store;
    private final String actor;
    private final Instant now;
    private final Consumer<String> warnings;
    private final Map<String, Boolean> companies = new HashMap<>();

    CustomerPosting(LedgerStore store, String actor, Instant now, Consumer<String> warnings) {
        this.store = store;
        this.actor = actor;
        this.now = now;
        this.warnings = warnings;
    }

    List<PostingOutcome> post(List<CustomerRow> rows) {
        return ByCompany.post(rows, CustomerRow::company, this::postForCompany);
    }

    private void postForCompany(String company, List<CustomerRow> rows, Map<CustomerRow, PostingOutcome> outcomes) {
        if (!companies.computeIfAbsent(company, c -> store.accountingCurrency(c).isPresent())) {
            rows.forEach(row -> outcomes.put(row, PostingOutcome.rejected(row.line(), PostingOutcome.Rejection.RULE,
                    "company '" + company + "' does not exist")));
            return;
        }
        Map<String, StoredCustomer> existing = new HashMap<>(
                store.customers(company, rows.stream().map(CustomerRow::account).toList()));
        Map<String, CustomerRow> createdHere = new HashMap<>();
        List<CustomerRow> creations = new ArrayList<>();
        List<CustomerRow> updates = new ArrayList<>();
        List<AuditEntry> audit = new ArrayList<>();
        for (CustomerRow row : rows) {
            CustomerRow earlier = createdHere.get(row.account());
            StoredCustomer stored = existing.get(row.account());
            if (earlier != null) {
                outcomes.put(row, row.sameValuesAs(earlier) ? PostingOutcome.unchanged(row.line(), 0)
                        : PostingOutcome.rejected(row.line(), PostingOutcome.Rejection.CONFLICT, "account '"
                        + row.account() + "' is created earlier in the file (line " + earlier.line()
                        + ") with other values; send one row per customer"));
                continue;
            }
            if (stored == null) {
                creations.add(row);
                createdHere.put(row.account(), row);
                outcomes.put(row, PostingOutcome.applied(row.line(), 0));
                continue;
            }
            if (!stored.currency().equals(row.currency().getCurrencyCode())) {
                outcomes.put(row, PostingOutcome.rejected(row.line(), PostingOutcome.Rejection.RULE,
                        "the currency of customer " + row.account() + " is " + stored.currency()
                                + " and cannot change to " + row.currency()));
                continue;
            }
            if (row.creditLimit() != null && (stored.creditLimit() == null
                    || stored.creditLimit().compareTo(row.creditLimit().amount()) != 0)) {
                warnings.accept("line " + row.line() + ": credit_limit " + row.creditLimit().toPlainString()
                        + " is ignored for existing customer " + row.account()
                        + "; credit limits change through credit limit requests");
            }
            List<AuditEntry> changes = changes(company, stored, row);
            if (changes.isEmpty()) {
                outcomes.put(row, PostingOutcome.unchanged(row.line(), stored.id()));
            } else {
                updates.add(row);
                audit.addAll(changes);
                existing.put(row.account(), applied(stored, row));
                outcomes.put(row, PostingOutcome.applied(row.line(), stored.id()));
            }
        }
        if (!creations.isEmpty()) {
            store.insertCustomers(company, creations, store.newIds(creations.size()), actor, now);
        }
        if (!updates.isEmpty()) {
            Map<String, StoredCustomer> before = store.customers(company,
                    updates.stream().map(CustomerRow::account).toList());
            store.updateCustomers(updates, before);
        }
        store.insertAudit(audit);
    }

    /** The stored customer as it will be after the row is applied (for a later row of the same chunk). */
    private static StoredCustomer applied(StoredCustomer s, CustomerRow r) {
        return new StoredCustomer(s.id(), s.account(), r.name(), s.currency(), or(r.language(), s.language()),
                or(r.group(), s.group()), or(r.region(), s.region()), or(r.paymentTermsDays(), s.paymentTermsDays()),
                s.creditLimit(), or(r.email(), s.email()), or(r.phone(), s.phone()),
                or(r.responsible(), s.responsible()), s.version() + 1);
    }

    private static <T> T or(T given, T stored) {
        return given != null ? given : stored;
    }

    private List<AuditEntry> changes(String company, StoredCustomer stored, CustomerRow row) {
        List<AuditEntry> changes = new ArrayList<>();
        change(changes, company, row.account(), "name", stored.name(), row.name());
        change(changes, company, row.account(), "language", stored.language(), row.language());
        change(changes, company, row.account(), "group", stored.group(), row.group());
        change(changes, company, row.account(), "region", stored.region(), row.region());
        change(changes, company, row.account(), "paymentTermsDays", text(stored.paymentTermsDays()),
                text(row.paymentTermsDays()));
        change(changes, company, row.account(), "email", stored.email(), row.email());
        change(changes, company, row.account(), "phone", stored.phone(), row.phone());
        change(changes, company, row.account(), "responsibleEmployee", stored.responsible(), row.responsible());
        return changes;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private void change(List<AuditEntry> changes, String company, String account, String field, String old,
                        String given) {
        if (given != null && !Objects.equals(old, given)) {
            changes.add(new AuditEntry(company, "customer", account, "updated", field, old, given, "import",
                    actor, now));
        }
    }
}
