package org.dunwell.ledger.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.domain.LedgerStore;
import org.dunwell.ledger.domain.imports.RateRow;
import org.dunwell.ledger.domain.imports.StoredRate;

/**
 * Upserts exchange rates a chunk at a time, by company + currency + date: a new date is
 * added, the same rate is unchanged, a different rate is a correction (audited).
 */
final class RatePosting {

    private final LedgerStore store;
    private final String actor;
    private final Instant now;
    private final Map<String, Optional<String>> accountingCurrencies = new HashMap<>();

    RatePosting(LedgerStore store, String actor, Instant now) {
        this.store = store;
        this.actor = actor;
        this.now = now;
    }

    List<PostingOutcome> post(List<RateRow> rows) {
        return ByCompany.post(rows, RateRow::company, this::postForCompany);
    }

    private void postForCompany(String company, List<RateRow> rows, Map<RateRow, PostingOutcome> outcomes) {
        Optional<String> accounting = accountingCurrencies.computeIfAbsent(company, store::accountingCurrency);
        Map<String, StoredRate> existing = store.rates(company, rows);
        Map<String, RateRow> addedHere = new HashMap<>();
        List<RateRow> additions = new ArrayList<>();
        Map<Long, BigDecimal> corrections = new HashMap<>();
        List<AuditEntry> audit = new ArrayList<>();
        for (RateRow row : rows) {
            String currency = row.currency().getCurrencyCode();
            String key = StoredRate.key(currency, row.date());
            if (accounting.isEmpty()) {
                outcomes.put(row, reject(row, "company '" + company + "' does not exist"));
            } else if (accounting.get().equals(currency)) {
                outcomes.put(row, reject(row, currency + " is the accounting currency of " + company
                        + "; its rate is always 1"));
            } else if (addedHere.containsKey(key)) {
                RateRow earlier = addedHere.get(key);
                outcomes.put(row, earlier.rate().compareTo(row.rate()) == 0 ? PostingOutcome.unchanged(row.line(), 0)
                        : PostingOutcome.rejected(row.line(), PostingOutcome.Rejection.CONFLICT, "the rate of "
                        + currency + " on " + row.date() + " appears earlier in the file (line " + earlier.line()
                        + ") with another value"));
            } else if (!existing.containsKey(key)) {
                additions.add(row);
                addedHere.put(key, row);
                outcomes.put(row, PostingOutcome.applied(row.line(), 0));
            } else if (existing.get(key).rate().compareTo(row.rate()) == 0) {
                outcomes.put(row, PostingOutcome.unchanged(row.line(), existing.get(key).id()));
            } else {
                StoredRate stored = existing.get(key);
                corrections.put(stored.id(), row.rate());
                existing.put(key, new StoredRate(stored.id(), currency, row.date(), row.rate()));
                audit.add(new AuditEntry(company, "exchange-rate", key, "updated", "rate",
                        stored.rate().stripTrailingZeros().toPlainString(),
                        row.rate().stripTrailingZeros().toPlainString(), "import", actor, now));
                outcomes.put(row, PostingOutcome.applied(row.line(), stored.id()));
            }
        }
        if (!additions.isEmpty()) {
            store.insertRates(additions, store.newIds(additions.size()), actor, now);
        }
        store.updateRates(corrections);
        store.insertAudit(audit);
    }

    private static PostingOutcome reject(RateRow row, String reason) {
        return PostingOutcome.rejected(row.line(), PostingOutcome.Rejection.RULE, reason);
    }
}
