package org.dunwell.ledger.domain.imports;

import java.time.LocalDate;
import java.util.Objects;
import org.dunwell.kernel.api.InputLimits;
import org.dunwell.kernel.api.Money;
import org.dunwell.ledger.api.DocumentDraft;
import org.dunwell.ledger.api.DocumentKind;
import org.dunwell.ledger.api.ImportKind;

/**
 * A checked invoice, credit note or payment row: every value has its type and passed the
 * contract's rules that need no database (amount positive with the currency's decimals,
 * document date not after due date).
 */
public record DocumentRow(long line, DocumentKind kind, String company, String document, String account,
                          LocalDate documentDate, LocalDate dueDate, Money amount, String reference,
                          String customerPo, String description, String appliesTo) {

    /** Reads a CSV row of an invoice, credit-note or payment file. */
    public static DocumentRow parse(ImportKind kind, RawRow row, String defaultCompany) throws RowRejected {
        DocumentKind documentKind = switch (kind) {
            case INVOICES -> DocumentKind.INVOICE;
            case CREDIT_NOTES -> DocumentKind.CREDIT_NOTE;
            case PAYMENTS -> DocumentKind.PAYMENT;
            default -> throw new IllegalArgumentException(kind + " is not a document import");
        };
        String dateColumn = documentKind == DocumentKind.PAYMENT ? "date" : "document_date";
        return check(row.line(), documentKind, Fields.company(row, defaultCompany),
                Fields.required(row, "document"), Fields.required(row, "account"),
                Fields.date(dateColumn, Fields.required(row, dateColumn)),
                documentKind == DocumentKind.INVOICE ? Fields.date("due_date", Fields.required(row, "due_date")) : null,
                Fields.required(row, "currency"), Fields.required(row, "amount"),
                Fields.text(row, "reference", 100), Fields.text(row, "customer_po", 100),
                Fields.text(row, "description", 500), row.get("applies_to").orElse(null));
    }

    /** Reads a document given as JSON, with the same rules. */
    public static DocumentRow of(DocumentDraft draft, String defaultCompany) throws RowRejected {
        if (draft.kind() == null) {
            throw new RowRejected("kind", "kind is required");
        }
        if (draft.document() == null || draft.document().isBlank()) {
            throw new RowRejected("document", "document is required");
        }
        if (draft.account() == null || draft.account().isBlank()) {
            throw new RowRejected("account", "account is required");
        }
        if (draft.documentDate() == null) {
            String field = draft.kind() == DocumentKind.PAYMENT ? "date" : "document_date";
            throw new RowRejected(field, field + " is required");
        }
        if (draft.kind() == DocumentKind.INVOICE && draft.dueDate() == null) {
            throw new RowRejected("due_date", "due_date is required");
        }
        if (draft.currency() == null || draft.amount() == null) {
            String field = draft.currency() == null ? "currency" : "amount";
            throw new RowRejected(field, field + " is required");
        }
        String company = draft.company() != null && !draft.company().isBlank() ? draft.company() : defaultCompany;
        if (company == null) {
            throw new RowRejected("company", "company is required (no default company is configured)");
        }
        return check(0, draft.kind(), Fields.companyCode(company), draft.document(),
                draft.account(), draft.documentDate(), draft.kind() == DocumentKind.INVOICE ? draft.dueDate() : null,
                draft.currency(), draft.amount().toPlainString(), limit("reference", draft.reference(), 100),
                limit("customer_po", draft.customerPo(), 100), limit("description", draft.description(), 500),
                draft.appliesTo());
    }

    private static String limit(String field, String value, int max) throws RowRejected {
        if (value != null) {
            int bad = InputLimits.firstControl(value);
            if (value.length() > max || bad >= 0) {
                throw new RowRejected(field, field + (bad >= 0 ? " must not hold control characters"
                        : " is longer than " + max + " characters"));
            }
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static DocumentRow check(long line, DocumentKind kind, String company, String document, String account,
                                     LocalDate documentDate, LocalDate dueDate, String currency, String amount,
                                     String reference, String customerPo, String description, String appliesTo)
            throws RowRejected {
        if (kind != DocumentKind.INVOICE && kind != DocumentKind.CREDIT_NOTE && kind != DocumentKind.PAYMENT) {
            throw new RowRejected("kind", "only invoices, credit notes and payments are posted this way, not " + kind);
        }
        if (dueDate != null && documentDate.isAfter(dueDate)) {
            throw new RowRejected("due_date", "document_date " + documentDate + " is after due_date " + dueDate);
        }
        if (appliesTo != null && kind == DocumentKind.INVOICE) {
            throw new RowRejected("applies_to", "an invoice cannot apply to another document");
        }
        Money money = Fields.positiveAmount("amount", amount, Fields.currency(currency));
        return new DocumentRow(line, kind, company, Fields.document("document", document), Fields.account(account),
                documentDate, dueDate, money, reference, customerPo, description,
                appliesTo == null || appliesTo.isBlank() ? null : Fields.document("applies_to", appliesTo.trim()));
    }

    /** True if another row (of the same file) has exactly these values, whatever its line. */
    public boolean sameValuesAs(DocumentRow other) {
        return equals(new DocumentRow(line, other.kind, other.company, other.document, other.account,
                other.documentDate, other.dueDate, other.amount, other.reference, other.customerPo, other.description,
                other.appliesTo));
    }

    /** True if a stored document has exactly these values (re-import: unchanged). */
    public boolean sameAs(StoredDocument stored) {
        return kind == stored.kind()
                && account.equals(stored.account())
                && documentDate.equals(stored.documentDate())
                && Objects.equals(dueDate, stored.dueDate())
                && amount.currency().getCurrencyCode().equals(stored.currency())
                && amount.amount().compareTo(stored.amount()) == 0
                && Objects.equals(reference, stored.reference())
                && Objects.equals(customerPo, stored.customerPo())
                && Objects.equals(description, stored.description())
                && Objects.equals(appliesTo, stored.appliesTo());
    }

    /** The first value that differs from the stored document, for the rejection message. */
    public String differenceFrom(StoredDocument stored) {
        if (kind != stored.kind()) {
            return "it is a " + stored.kind() + ", not a " + kind;
        }
        if (!account.equals(stored.account())) {
            return "account " + stored.account() + " ≠ " + account;
        }
        if (!documentDate.equals(stored.documentDate())) {
            return "date " + stored.documentDate() + " ≠ " + documentDate;
        }
        if (!Objects.equals(dueDate, stored.dueDate())) {
            return "due_date " + stored.dueDate() + " ≠ " + dueDate;
        }
        if (!amount.currency().getCurrencyCode().equals(stored.currency())) {
            return "currency " + stored.currency() + " ≠ " + amount.currency();
        }
        if (amount.amount().compareTo(stored.amount()) != 0) {
            return "amount " + stored.amount().stripTrailingZeros().toPlainString() + " ≠ " + amount.toPlainString();
        }
        if (!Objects.equals(appliesTo, stored.appliesTo())) {
            return "applies_to " + stored.appliesTo() + " ≠ " + appliesTo;
        }
        return "reference, customer_po or description differ";
    }
}
