package org.dunwell.ledger.api;

import java.util.Currency;

/** The fields of a company a caller sets: on creation all of them, on update the non-null ones. */
public record CompanyDraft(String name, Currency accountingCurrency) {
}
