package org.dunwell.collections.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.ReadAhead;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AgedCustomer;
import org.dunwell.ledger.api.CustomerScope;

/**
 * Stored aging per customer for an as-of date and definition, for all customers or one pool,
 * written page by page by a restartable batch job from one pass over the ledger (a page written
 * twice writes the same rows).
 */
public interface AgingSnapshots {

    /**
     * Customers per page of the job (each page: its credit standings, its rows, one commit); pages of
     * 2 000 took 11 s at 100 000 customers on PostgreSQL where pages of 500 took 13 s.
     */
    int PAGE_SIZE = 2_000;

    /** The largest page a snapshot may be asked to write at once. */
    int MAX_PAGE_SIZE = 10_000;

    /** A new snapshot, RUNNING until its job has written the last page. */
    AgingSnapshotView create(String company, LocalDate asOf, String definition, String pool, UserName actor);

    /**
     * Forgets a snapshot whose job could not be started (nothing was written), recording who, when
     * and why, so that no snapshot stays RUNNING without a run.
     */
    void notStarted(long snapshot, String reason, UserName actor);

    /** Records the job execution that writes the snapshot (the latest one, after a restart). */
    void ranAs(long snapshot, long executionId);

    /**
     * Opens the one-pass read of the snapshot's customers after {@code cursor} (null: from the first),
     * in a stable order, on a connection outside the caller's transactions: it outlives the commits of
     * the pages written from it. Each page comes with its customers' figures, credit standings
     * included, read as the page is (so a reading thread ahead of the writer does that work too). The
     * caller closes it.
     */
    SnapshotSource open(long snapshot, String cursor);

    /** Writes a page read from the snapshot's source (a page written again replaces its rows). */
    void write(long snapshot, SnapshotPage page);

    /** The customers of a snapshot, page after page. */
    interface SnapshotSource extends AutoCloseable {

        /** The next page of at most {@code size} customers, null after the last. */
        SnapshotPage next(int size);

        @Override
        void close();

        /** This source as pages of {@code size} to read ahead of their writing ({@link ReadAhead}). */
        default ReadAhead.Source<SnapshotPage> pagesOf(int size) {
            SnapshotSource source = this;
            return new ReadAhead.Source<>() {
                @Override
                public SnapshotPage next() {
                    return source.next(size);
                }

                @Override
                public void close() {
                    source.close();
                }
            };
        }
    }

    /**
     * Customers read for a snapshot: the accounts of the page, the rows to store (their figures with
     * the credit standings; for a pool's snapshot, those of the pool), and the cursor a source opened
     * later goes on from.
     */
    record SnapshotPage(List<String> accounts, List<CustomerFigures> rows, String cursor) {
        public SnapshotPage {
            accounts = List.copyOf(accounts);
            rows = List.copyOf(rows);
        }
    }

    /** Marks the snapshot complete with the number of rows it holds. */
    AgingSnapshotView complete(long snapshot);

    AgingSnapshotView get(String company, long snapshot);

    /** Snapshots of the company, newest first. */
    Page<AgingSnapshotView> list(String company, PageRequest page);

    /** The newest completed snapshot of all customers by this definition, if any. */
    Optional<AgingSnapshotView> latest(String company, String definition);

    /**
     * A snapshot's rows the caller may see, optionally of some pools (any of them) and narrowed by
     * conditions (all of them, the pools' own vocabulary); sort {@code account} (default),
     * {@code balance} (accounting currency, largest first), {@code mostAged} or
     * {@code oldestOverdueDays}.
     */
    Page<CustomerFigures> rows(String company, long snapshot, RowQuery query, PageRequest page);

    /** What to read of a snapshot. */
    record RowQuery(CustomerScope scope, List<String> pools, List<PoolCondition> conditions) {
        public RowQuery {
            pools = List.copyOf(pools);
            conditions = List.copyOf(conditions);
        }
    }
}
