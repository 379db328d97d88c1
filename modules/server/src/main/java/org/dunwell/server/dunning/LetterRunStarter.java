package org.dunwell.server.dunning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.dunwell.dunning.api.LetterRunView;
import org.dunwell.dunning.api.LetterRuns;
import org.dunwell.dunning.api.RunStatus;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.server.jobs.JobNotStarted;
import org.dunwell.server.jobs.JobRequest;
import org.dunwell.server.jobs.Jobs;

/**
 * Starts the jobs of letter runs through the one {@link Jobs} port: the proposal when a run is created, the posting
 * when a manager posts it; a run whose job failed or stopped is restarted where it stood.
 */
@ApplicationScoped
public class LetterRunStarter {

    @Inject
    LetterRuns runs;

    @Inject
    Jobs jobs;

    public LetterRunView propose(String company, LocalDate asOf, UserName actor) {
        LetterRunView run = runs.create(company, asOf, actor);
        try {
            runs.ranAs(company, run.id(), jobs.start(request(run, "propose", actor)));
        } catch (JobNotStarted e) {
            runs.cancel(company, run.id(), run.version(), "the batch runtime could not start the job: "
                    + e.reason(), actor);
            throw e;
        }
        return runs.get(company, run.id());
    }

    public LetterRunView post(String company, long id, long expectedVersion, UserName actor) {
        LetterRunView run = runs.startPosting(company, id, expectedVersion, actor);
        runs.ranAs(company, id, jobs.start(request(run, "post", actor)));
        return runs.get(company, id);
    }

    /** Restarts the job of a run still PROPOSING or POSTING whose job failed or stopped. */
    public LetterRunView restart(String company, long id) {
        LetterRunView run = runs.get(company, id);
        if (run.status() != RunStatus.PROPOSING && run.status() != RunStatus.POSTING || run.executionId() == null) {
            throw new ConflictException("letter run " + id + " is " + run.status() + "; only a run whose proposal or"
                    + " posting job stopped restarts");
        }
        String status = jobs.status(run.executionId());
        if (!"FAILED".equals(status) && !"STOPPED".equals(status)) {
            throw new ConflictException("the job of letter run " + id + " is " + status + "; only a failed or stopped"
                    + " job restarts");
        }
        runs.ranAs(company, id, jobs.restart(run.executionId()));
        return runs.get(company, id);
    }

    /** The job's status of a run that is working (PROPOSING, POSTING), else null. */
    public String jobStatus(LetterRunView run) {
        if (run.executionId() == null || (run.status() != RunStatus.PROPOSING && run.status() != RunStatus.POSTING)) {
            return null;
        }
        return jobs.status(run.executionId());
    }

    private static JobRequest request(LetterRunView run, String phase, UserName actor) {
        return JobRequest.of(LetterRunJob.NAME, run.company(), run.asOf()).on("letter-run", Long.toString(run.id()))
                .with(LetterRunJob.RUN, Long.toString(run.id())).with(LetterRunJob.PHASE, phase)
                .with(LetterRunJob.ACTOR, actor.value());
    }
}
