package org.dunwell.ledger.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.PostingEntry;
import org.dunwell.ledger.api.Postings;
import org.dunwell.ledger.domain.LedgerStore;
import org.dunwell.ledger.domain.imports.NewPostingEntry;

/**
 * The postings feed: the ledger's services write an entry for every money movement a user or a module makes (in
 * the transaction of the movement); the ERP reads them in order with a cursor. Movements the ERP imported are its
 * own and are not fed back.
 */
@ApplicationScoped
@Transactional
public class PostingFeed implements Postings {

    private LedgerStore store;
    private BusinessClock clock;

    protected PostingFeed() {
    }

    @Inject
    public PostingFeed(LedgerStore store, BusinessClock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public PostingEntry.Feed read(String company, long after, int limit) {
        if (after < 0) {
            throw InvalidInputException.ofField("after", "must be 0 or more");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.ofField("limit", "must be 1 to " + MAX_LIMIT);
        }
        store.numberPostingEntries(company);
        List<PostingEntry> entries = store.postingEntries(company, after, limit);
        return new PostingEntry.Feed(entries, entries.isEmpty() ? after : entries.get(entries.size() - 1).entryNo());
    }


    static void write(LedgerStore store, String company, String kind, String document, String related,
                      String account, String currency, BigDecimal amount, LocalDate date, String description,
                      UserName actor, java.time.Instant at) {
        store.insertPostingEntries(List.of(new NewPostingEntry(company, kind, document, related, account, currency,
                amount, date, description, actor.value(), at)));
    }
}
