package org.dunwell.ledger.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.ContactPurpose;
import org.dunwell.ledger.domain.LedgerStore;
import org.dunwell.ledger.domain.imports.ContactRow;
import org.dunwell.ledger.domain.imports.CustomerRef;
import org.dunwell.ledger.domain.imports.StoredContact;

/**
 * Upserts contact rows a chunk at a time (api-contract.md, contacts import; key company + account +
 * name): a new name adds a contact after the customer's others, a known one gets the given values. A
 * row with {@code primary=true} makes its contact the customer's one primary contact of its purpose (the
 * one before loses the mark); two rows of one file marking two contacts primary for the same customer
 * and purpose are a conflict, so importing a file twice gives the same contacts. A contact whose purpose
 * changes loses the mark unless its row sets it. Each change is audited on the customer as made by the
 * importing user, and bumps the customer's version (its contacts are part of it).
 */
final class ContactPosting {

    private final LedgerStore store;
    private final String actor;
    private final Instant now;
    private final Map<String, Boolean> companies = new HashMap<>();
    /** The contacts this file marked primary, by customer and purpose: the name and the line. */
    private final Map<PrimaryKey, Marked> markedInFile = new HashMap<>();

    private record PrimaryKey(long customerId, ContactPurpose purpose) {
    }

    private record Marked(String name, long line) {
    }

    ContactPosting(LedgerStore store, String actor, Instant now) {
        this.store = store;
        this.actor = actor;
        this.now = now;
    }

    List<PostingOutcome> post(List<ContactRow> rows) {
        return ByCompany.post(rows, ContactRow::company, this::postForCompany);
    }

    private void postForCompany(String company, List<ContactRow> rows, Map<ContactRow, PostingOutcome> outcomes) {
        if (!companies.computeIfAbsent(company, c -> store.accountingCurrency(c).isPresent())) {
            rows.forEach(row -> outcomes.put(row, PostingOutcome.rejected(row.line(), PostingOutcome.Rejection.RULE,
                    "company '" + company + "' does not exist")));
            return;
        }
        Map<String, CustomerRef> customers = store.customerRefs(company,
                rows.stream().map(ContactRow::account).toList());
        Map<Long, Map<String, StoredContact>> books = new HashMap<>();
        store.contacts(customers.values().stream().map(CustomerRef::id).toList()).forEach((id, list) -> {
            Map<String, StoredContact> book = new LinkedHashMap<>();
            list.forEach(c -> book.put(c.name(), c));
            books.put(id, book);
        });
        Set<String> changedKeys = new LinkedHashSet<>();
        List<AuditEntry> audit = new ArrayList<>();
        for (ContactRow row : rows) {
            CustomerRef customer = customers.get(row.account());
            if (customer == null) {
                outcomes.put(row, PostingOutcome.rejected(row.line(), PostingOutcome.Rejection.RULE, "account '"
                        + row.account() + "' is not a customer of company " + company + "; import the customer first"));
                continue;
            }
            Map<String, StoredContact> book = books.computeIfAbsent(customer.id(), id -> new LinkedHashMap<>());
            outcomes.put(row, apply(row, customer, book, changedKeys, audit));
        }
        write(books, changedKeys, audit);
    }

    /** Applies one row to its customer's contacts in memory, or refuses it leaving them as they were. */
    private PostingOutcome apply(ContactRow row, CustomerRef customer, Map<String, StoredContact> book,
                                 Set<String> changedKeys, List<AuditEntry> audit) {
        StoredContact current = book.get(row.name());
        PrimaryKey key = new PrimaryKey(customer.id(), row.purpose());
        StoredContact demoted = null;
        boolean primary;
        if (Boolean.TRUE.equals(row.primary())) {
            Marked marked = markedInFile.get(key);
            if (marked != null && !marked.name().equals(row.name())) {
                return PostingOutcome.rejected(row.line(), PostingOutcome.Rejection.CONFLICT, "line " + marked.line()
                        + " makes '" + marked.name() + "' the primary " + row.purpose() + " contact of customer "
                        + row.account() + ": a customer has one primary contact per purpose");
            }
            demoted = book.values().stream().filter(c -> c.primary() && c.purpose() == row.purpose()
                    && !c.name().equals(row.name())).findFirst().orElse(null);
            primary = true;
        } else if (Boolean.FALSE.equals(row.primary())) {
            primary = false;
        } else {
            primary = current != null && current.primary() && current.purpose() == row.purpose();
        }
        if (primary) {
            markedInFile.put(key, new Marked(row.name(), row.line()));
        }
        if (demoted != null) {
            change(customer, demoted, demoted.withPrimary(false), book, changedKeys, audit);
        }
        if (current == null) {
            int position = book.values().stream().mapToInt(StoredContact::position).max().orElse(-1) + 1;
            StoredContact added = new StoredContact(0, customer.id(), position, row.name(), row.purpose(), primary,
                    row.role(), row.email(), row.phone(), row.language());
            change(customer, null, added, book, changedKeys, audit);
            return PostingOutcome.applied(row.line(), 0);
        }
        StoredContact updated = current.with(row, primary);
        if (updated.equals(current)) {
            return PostingOutcome.unchanged(row.line(), current.id());
        }
        change(customer, current, updated, book, changedKeys, audit);
        return PostingOutcome.applied(row.line(), current.id());
    }

    private void change(CustomerRef customer, StoredContact before, StoredContact after, Map<String, StoredContact> book,
                        Set<String> changedKeys, List<AuditEntry> audit) {
        book.put(after.name(), after);
        changedKeys.add(after.customerId() + "\u0000" + after.name());
        audit.add(new AuditEntry(customer.company(), "customer", customer.account(), "updated", "contacts",
                before == null ? null : describe(before), describe(after), "import", actor, now));
    }

    private static String describe(StoredContact c) {
        return c.name() + ": " + c.purpose() + (c.primary() ? " (primary)" : "") + field("role", c.role())
                + field("email", c.email()) + field("phone", c.phone()) + field("language", c.language());
    }

    private static String field(String name, String value) {
        return value == null ? "" : ", " + name + " " + value;
    }

    private void write(Map<Long, Map<String, StoredContact>> books, Set<String> changedKeys, List<AuditEntry> audit) {
        List<StoredContact> added = new ArrayList<>();
        List<StoredContact> updated = new ArrayList<>();
        Set<Long> customers = new LinkedHashSet<>();
        for (String changed : changedKeys) {
            int at = changed.indexOf('\u0000');
            long customerId = Long.parseLong(changed.substring(0, at));
            StoredContact contact = books.get(customerId).get(changed.substring(at + 1));
            (contact.id() == 0 ? added : updated).add(contact);
            customers.add(customerId);
        }
        if (!added.isEmpty()) {
            long[] ids = store.newIds(added.size());
            List<StoredContact> withIds = new ArrayList<>(added.size());
            for (int i = 0; i < added.size(); i++) {
                withIds.add(added.get(i).withId(ids[i]));
            }
            store.insertContacts(withIds);
            withIds.forEach(c -> books.get(c.customerId()).put(c.name(), c));
        }
        store.updateContacts(updated);
        store.touchCustomers(customers);
        store.insertAudit(audit);
    }
}
