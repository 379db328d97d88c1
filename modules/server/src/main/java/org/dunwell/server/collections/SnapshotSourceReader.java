package org.dunwell.server.collections;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.dunwell.collections.api.AgingSnapshots;
import org.dunwell.server.jobs.CursorPosition;

/**
 * Reads a snapshot's customers in one pass ({@link AgingSnapshots#open}), a page per item. The
 * checkpoint is the {@link CursorPosition} the writer moves on in the chunk's transaction; a
 * restarted run opens the pass again after the last committed page.
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

    private CursorPosition position;
    private AgingSnapshots.SnapshotSource source;

    @Override
    public void open(Serializable checkpoint) {
        position = checkpoint instanceof CursorPosition saved ? saved : new CursorPosition();
        step.setTransientUserData(position);
        source = snapshots.open(Long.parseLong(snapshot), position.cursor());
    }

    @Override
    public Object readItem() {
        return source.next(Integer.parseInt(pageSize));
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
