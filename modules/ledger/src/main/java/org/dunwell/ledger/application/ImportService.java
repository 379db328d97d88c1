package org.dunwell.ledger.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.UserName;
import org.dunwell.kernel.api.Violation;
import org.dunwell.ledger.api.ImportKind;
import org.dunwell.ledger.api.ImportMode;
import org.dunwell.ledger.api.ImportResult;
import org.dunwell.ledger.api.LedgerImport;
import org.dunwell.ledger.domain.LedgerStore;
import org.dunwell.ledger.domain.imports.ContactRow;
import org.dunwell.ledger.domain.imports.CustomerRow;
import org.dunwell.ledger.domain.imports.DocumentRow;
import org.dunwell.ledger.domain.imports.RateRow;
import org.dunwell.ledger.domain.imports.RawRow;
import org.dunwell.ledger.domain.imports.RowRejected;
import org.dunwell.ledger.infrastructure.csv.CsvLine;
import org.dunwell.ledger.infrastructure.csv.CsvRows;

/**
 * Streams an import file through the posting rules in chunks of {@value #CHUNK} rows: one
 * pass, constant memory (what is kept is one chunk, the error list and the company and
 * customer look-ups of that chunk). Every earlier chunk is already written in the caller's
 * transaction, so a key repeated anywhere in the file is found like a re-import. The caller
 * commits or rolls back as the result says.
 */
@ApplicationScoped
public class ImportService implements LedgerImport {

    static final int CHUNK = 1000;
    /** The error list is cut here to bound memory; the counts stay exact. */
    static final int MAX_LISTED = 100_000;

    private LedgerStore store;
    private BusinessClock clock;

    protected ImportService() {
    }

    @Inject
    public ImportService(LedgerStore store, BusinessClock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public ImportResult run(ImportKind kind, Reader csv, ImportMode mode, String defaultCompany, UserName actor) {
        Instant started = clock.now();
        Tally tally = new Tally();
        try (CsvRows rows = CsvRows.open(csv, kind)) {
            rows.warnings().forEach(tally::warn);
            Chunker chunker = new Chunker(kind, defaultCompany, actor.value(), started, tally);
            for (CsvLine line = rows.nextLine(); line != null; line = rows.nextLine()) {
                tally.received++;
                if (line.malformed() != null) {
                    tally.reject(line.row().line(), line.malformed());
                } else {
                    chunker.add(line.row());
                }
            }
            chunker.flush();
        }
        boolean committed = mode == ImportMode.SKIP_INVALID || tally.rejected == 0;
        if (committed && tally.applied >= CHUNK) {
            store.refreshStatistics();
        }
        if (committed) {
            store.recordImport(defaultCompany, kind.path(), mode.parameter(), tally.rejected == 0 ? "APPLIED"
                            : "PARTIAL", tally.received, tally.applied, tally.unchanged, tally.rejected, actor.value(),
                    started, clock.now());
        }
        List<Violation> errors = new ArrayList<>(tally.errors);
        errors.sort(Comparator.comparing(Violation::line));
        if (tally.rejected > errors.size()) {
            tally.warn("only the first " + MAX_LISTED + " of " + tally.rejected + " rejected rows are listed");
        }
        return new ImportResult(kind, mode, tally.received, committed ? tally.applied : 0, tally.unchanged,
                tally.rejected, errors, tally.warnings, committed);
    }

    /** Counts, errors and warnings of one run. */
    private static final class Tally {
        long received;
        long applied;
        long unchanged;
        long rejected;
        final List<Violation> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        void reject(long line, String reason) {
            reject(line, null, reason);
        }

        /** A refused row: its line, and the column to blame when there is one. */
        void reject(long line, String column, String reason) {
            rejected++;
            if (errors.size() < MAX_LISTED) {
                errors.add(new Violation(column, line, reason));
            }
        }

        void warn(String warning) {
            if (warnings.size() < MAX_LISTED) {
                warnings.add(warning);
            }
        }

        void count(List<PostingOutcome> outcomes) {
            for (PostingOutcome outcome : outcomes) {
                switch (outcome.result()) {
                    case APPLIED -> applied++;
                    case UNCHANGED -> {
                        unchanged++;
                        if (outcome.reason() != null) {
                            warn("line " + outcome.line() + ": " + outcome.reason());
                        }
                    }
                    case REJECTED -> reject(outcome.line(), outcome.reason());
                }
            }
        }
    }

    /** Parses rows of one kind and posts them a chunk at a time. */
    private final class Chunker {
        private final ImportKind kind;
        private final String defaultCompany;
        private final Tally tally;
        private final DocumentPosting documents;
        private final CustomerPosting customers;
        private final RatePosting rates;
        private final ContactPosting contacts;
        private final List<Object> chunk = new ArrayList<>(CHUNK);

        Chunker(ImportKind kind, String defaultCompany, String actor, Instant now, Tally tally) {
            this.kind = kind;
            this.defaultCompany = defaultCompany;
            this.tally = tally;
            this.documents = new DocumentPosting(store, actor, now, "IMPORT");
            this.customers = new CustomerPosting(store, actor, now, tally::warn);
            this.rates = new RatePosting(store, actor, now);
            this.contacts = new ContactPosting(store, actor, now);
        }

        void add(RawRow row) {
            try {
                chunk.add(switch (kind) {
                    case CUSTOMERS -> CustomerRow.parse(row, defaultCompany);
                    case EXCHANGE_RATES -> RateRow.parse(row, defaultCompany);
                    case CONTACTS -> ContactRow.parse(row, defaultCompany);
                    default -> DocumentRow.parse(kind, row, defaultCompany);
                });
            } catch (RowRejected e) {
                tally.reject(row.line(), e.column(), e.getMessage());
            }
            if (chunk.size() == CHUNK) {
                flush();
            }
        }

        @SuppressWarnings("unchecked")
        void flush() {
            if (chunk.isEmpty()) {
                return;
            }
            List<?> rows = List.copyOf(chunk);
            chunk.clear();
            tally.count(switch (kind) {
                case CUSTOMERS -> customers.post((List<CustomerRow>) rows);
                case EXCHANGE_RATES -> rates.post((List<RateRow>) rows);
                case CONTACTS -> contacts.post((List<ContactRow>) rows);
                default -> documents.post((List<DocumentRow>) rows, null);
            });
        }
    }
}
