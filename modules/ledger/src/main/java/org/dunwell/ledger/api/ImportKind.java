package org.dunwell.ledger.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of CSV file the ERP sends, with their columns (api-contract.md, Import). */
public enum ImportKind {
    CUSTOMERS("customers", List.of("account", "name", "currency"),
            List.of("company", "language", "group", "region", "payment_terms_days", "credit_limit", "email", "phone",
                    "responsible")),
    INVOICES("invoices", List.of("document", "account", "document_date", "due_date", "currency", "amount"),
            List.of("company", "reference", "customer_po", "description")),
    CREDIT_NOTES("credit-notes", List.of("document", "account", "document_date", "currency", "amount"),
            List.of("company", "applies_to", "reference")),
    PAYMENTS("payments", List.of("document", "account", "date", "currency", "amount"),
            List.of("company", "applies_to", "reference")),
    EXCHANGE_RATES("exchange-rates", List.of("currency", "date", "rate"), List.of("company")),
    CONTACTS("contacts", List.of("account", "name", "purpose"),
            List.of("company", "email", "phone", "language", "role", "primary"));

    private final String path;
    private final List<String> required;
    private final List<String> optional;

    ImportKind(String path, List<String> required, List<String> optional) {
        this.path = path;
        this.required = required;
        this.optional = optional;
    }

    /** The name in the URL, {@code /imports/{kind}}. */
    public String path() {
        return path;
    }

    public List<String> required() {
        return required;
    }

    public List<String> optional() {
        return optional;
    }

    public boolean knows(String column) {
        return required.contains(column) || optional.contains(column);
    }

    public static Optional<ImportKind> ofPath(String path) {
        String wanted = path == null ? "" : path.trim().toLowerCase(Locale.ROOT);
        for (ImportKind kind : values()) {
            if (kind.path.equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
