package org.dunwell.server.credit;

import org.dunwell.server.jobs.JobRuns;

/**
 * The {@code risk-scores} batch job (META-INF/batch-jobs/risk-scores.xml): one chunk item is one
 * page of customers, scored in a few set-based queries by {@link org.dunwell.credit.api.RiskScores}
 * in the chunk's transaction; the checkpoint is the cursor of the next page, so a failed run
 * restarts after the last committed page and scoring a page twice only writes the same scores.
 */
public final class RiskScoreJob {

    public static final String NAME = "risk-scores";
    public static final String COMPANY = JobRuns.COMPANY;
    public static final String AS_OF = JobRuns.AS_OF;
    public static final String PAGE_SIZE = "pageSize";
    public static final int DEFAULT_PAGE_SIZE = 500;

    private RiskScoreJob() {
    }
}
