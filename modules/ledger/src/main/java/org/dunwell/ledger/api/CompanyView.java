package org.dunwell.ledger.api;

import java.util.Currency;
import org.dunwell.kernel.api.CompanyCode;

/**
 * A legal entity as callers see it; {@code settlementOrder} is how its credits settle open
 * debits when the customer names none; {@code version} is what an update's {@code If-Match}
 * must name; {@code language} is where letters and reminders fall back to.
 */
public record CompanyView(CompanyCode code, String name, Currency accountingCurrency, String settlementOrder,
                          String language, long version) {
}
