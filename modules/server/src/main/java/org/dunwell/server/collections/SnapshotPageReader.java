package org.dunwell.server.collections;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Hands out the next page to write; its checkpoint is the position. */
@Named("snapshotPageReader")
@Dependent
public class SnapshotPageReader extends AbstractItemReader {

    @Inject
    StepContext step;

    private AgingSnapshotJob.Position position;

    @Override
    public void open(Serializable checkpoint) {
        position = checkpoint instanceof AgingSnapshotJob.Position saved ? saved : new AgingSnapshotJob.Position();
        step.setTransientUserData(position);
    }

    @Override
    public Object readItem() {
        if (position.done || (position.started && position.next == null)) {
            return null;
        }
        return new AgingSnapshotJob.PageStart(position.next);
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }
}
