package org.dunwell.server.credit;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Hands out the next page to score; its checkpoint is the scoring position. */
@Named("riskScorePageReader")
@Dependent
public class RiskScorePageReader extends AbstractItemReader {

    @Inject
    StepContext step;

    private RiskScoreJob.Position position;

    @Override
    public void open(Serializable checkpoint) {
        position = checkpoint instanceof RiskScoreJob.Position saved ? saved : new RiskScoreJob.Position();
        step.setTransientUserData(position);
    }

    @Override
    public Object readItem() {
        if (position.done) {
            return null;
        }
        if (position.started && position.next == null) {
            return null;
        }
        return new RiskScoreJob.PageStart(position.next);
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }
}
