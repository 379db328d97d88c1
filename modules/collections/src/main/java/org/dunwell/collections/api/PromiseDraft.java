package org.dunwell.collections.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer's promise to pay {@code amount} (in its currency) by {@code promisedOn} for some of
 * its open invoices; {@code agent} defaults to whoever records it.
 */
public record PromiseDraft(String account, BigDecimal amount, String currency, LocalDate promisedOn,
                           List<String> documents, String contact, String agent, String notes) {

    public PromiseDraft {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
