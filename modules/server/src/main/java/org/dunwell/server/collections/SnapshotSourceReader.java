package org.dunwell.server.collections;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.dunwell.collections.api.AgingSnapshots;
import org.dunwell.kernel.api.ReadAhead;
import org.dunwell.server.jobs.CursorPosition;

/**
 * Reads a snapshot's customers in one pass ({@link AgingSnapshots#open}), a page per item. The
 * checkpoint is the {@link CursorPosition} the writer moves on in the chunk's transaction; a
 * restarted run opens the pass again after the last committed page.
 * <p>
 * The pass is read on a thread of the server's managed executor, one page ahead of the writer
 * ({@link ReadAhead}): the database groups the next page while this one is written (decision 0019).
 * A page read ahead and not yet written when the run fails is simply read again after the restart.
 */
@Named("snapshotSourceReader")
@Dependent
public class SnapshotSourceReader extends AbstractItemReader {

    @Inject
    StepContext step;

    @Inject
    AgingSnapshots snapshots;

    @Inject
    @BatchProperty(name = AgingSnapshotJob.SNAPSHOT)
    String snapshot;

    @Inject
    @BatchProperty(name = AgingSnapshotJob.PAGE_SIZE)
    String pageSize;

    @Resource
    ManagedExecutorService executor;

    private CursorPosition position;
    private ReadAhead<AgingSnapshots.SnapshotPage> source;

    @Override
    public void open(Serializable checkpoint) {
        position = checkpoint instanceof CursorPosition saved ? saved : new CursorPosition();
        step.setTransientUserData(position);
        long id = Long.parseLong(snapshot);
        String cursor = position.cursor();
        int size = Integer.parseInt(pageSize);
        source = ReadAhead.start(1, executor, () -> snapshots.open(id, cursor).pagesOf(size));
    }

    @Override
    public Object readItem() {
        return source.next();
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }

    @Override
    public void close() {
        if (source != null) {
            source.close();
            source = null;
        }
    }
}
