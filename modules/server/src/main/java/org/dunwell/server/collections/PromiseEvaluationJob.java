package org.dunwell.server.collections;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.dunwell.collections.api.PromiseEvaluation;
import org.dunwell.collections.api.Promises;
import org.dunwell.kernel.api.UserName;
import org.dunwell.server.jobs.JobRuns;

/**
 * The {@code promise-evaluation} batch job (META-INF/batch-jobs/promise-evaluation.xml): one
 * batchlet that decides a company's open promises as of a date. Each promise is decided in a
 * transaction of its own under its row lock, so a run that fails half way is simply run again,
 * and two runs at once (two servers, the daily run and a manual one) decide nothing twice.
 */
@Named("promiseEvaluation")
@Dependent
public class PromiseEvaluationJob extends AbstractBatchlet {

    public static final String NAME = "promise-evaluation";
    public static final String COMPANY = JobRuns.COMPANY;
    public static final String AS_OF = JobRuns.AS_OF;
    public static final String ACTOR = "actor";

    @Inject
    Promises promises;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty(name = COMPANY)
    String company;

    @Inject
    @BatchProperty(name = AS_OF)
    String asOf;

    @Inject
    @BatchProperty(name = ACTOR)
    String actor;

    @Override
    public String process() {
        PromiseEvaluation result = promises.evaluate(company, LocalDate.parse(asOf),
                actor == null || actor.isBlank() ? UserName.SYSTEM : UserName.of(actor));
        String outcome = "evaluated " + result.evaluated() + ", kept " + result.kept() + ", broken " + result.broken();
        job.setExitStatus(outcome);
        return outcome;
    }
}
