package org.dunwell.server.jobs;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The reader of every page-by-page job (risk scores, aging snapshots): hands out the next page
 * start; its checkpoint is the {@link CursorPosition}, which the writer moves on in the same
 * chunk transaction (shared through the step's transient user data).
 */
@Named("cursorPageReader")
@Dependent
public class CursorPageReader extends AbstractItemReader {

    @Inject
    StepContext step;

    private CursorPosition position;

    @Override
    public void open(Serializable checkpoint) {
        position = checkpoint instanceof CursorPosition saved ? saved : new CursorPosition();
        step.setTransientUserData(position);
    }

    @Override
    public Object readItem() {
        return position.nextPage();
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }
}
