package org.dunwell.server.credit;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.dunwell.credit.api.RiskScores;
import org.dunwell.server.jobs.CursorPosition;

/** Scores the pages handed out, in the chunk's transaction, and moves the position on. */
@Named("riskScorePageWriter")
@Dependent
public class RiskScorePageWriter extends AbstractItemWriter {

    @Inject
    StepContext step;

    @Inject
    RiskScores scores;

    @Inject
    @BatchProperty(name = RiskScoreJob.COMPANY)
    String company;

    @Inject
    @BatchProperty(name = RiskScoreJob.AS_OF)
    String asOf;

    @Inject
    @BatchProperty(name = RiskScoreJob.PAGE_SIZE)
    String pageSize;

    @Override
    public void writeItems(List<Object> items) {
        CursorPosition position = (CursorPosition) step.getTransientUserData();
        for (Object item : items) {
            String next = scores.scorePage(company, ((CursorPosition.PageStart) item).cursor(),
                    Integer.parseInt(pageSize), LocalDate.parse(asOf));
            position.written(next);
        }
    }
}
