package org.dunwell.ledger.api;

import java.util.Currency;

/**
 * The fields of a company a caller sets: on creation name and currency, on update the non-null
 * ones. {@code settlementOrder}: STATUTORY (default), OLDEST_DUE_FIRST or OLDEST_DOCUMENT_FIRST;
 * {@code language}: the language letters fall back to (default en).
 */
public record CompanyDraft(String name, Currency accountingCurrency, String settlementOrder, String language) {

    public CompanyDraft(String name, Currency accountingCurrency) {
        this(name, accountingCurrency, null, null);
    }
}
