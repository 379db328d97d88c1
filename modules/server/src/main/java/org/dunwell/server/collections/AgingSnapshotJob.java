package org.dunwell.server.collections;

/**
 * The {@code aging-snapshots} batch job (META-INF/batch-jobs/aging-snapshots.xml): one chunk
 * item is one page of customers read from one pass over the ledger ({@link SnapshotSourceReader})
 * and written by {@link org.dunwell.collections.api.AgingSnapshots} in the chunk's transaction with
 * the checkpoint, which is the cursor of the next page. A failed run restarts after the last
 * committed page; a page written again replaces its own rows, so nothing is stored twice. Two runs
 * never write one snapshot: each start creates its own.
 */
public final class AgingSnapshotJob {

    public static final String NAME = "aging-snapshots";
    public static final String SNAPSHOT = "snapshot";
    public static final String PAGE_SIZE = "pageSize";

    private AgingSnapshotJob() {
    }
}
