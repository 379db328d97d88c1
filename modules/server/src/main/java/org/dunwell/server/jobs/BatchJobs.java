package org.dunwell.server.jobs;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@link Jobs} on the Jakarta Batch runtime: the only class that starts or restarts a run. */
@ApplicationScoped
public class BatchJobs implements Jobs {

    private static final Logger LOG = Logger.getLogger(BatchJobs.class.getName());

    @Inject
    TestFaults faults;

    @Override
    public long start(JobRequest request) {
        Properties parameters = request.toProperties();
        String job = request.job();
        if (requestAsksFor(parameters)) {
            job = job + "-missing";
        }
        try {
            return BatchRuntime.getJobOperator().start(job, parameters);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the " + request.job() + " job of " + request.company() + " could not start", e);
            throw new JobNotStarted(request.job(), e);
        }
    }

    @Override
    public long restart(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        Properties parameters = new Properties();
        parameters.putAll(operator.getParameters(executionId));
        parameters.remove(TestFaults.FAIL_AFTER_PAGES);
        parameters.remove(TestFaults.SLOW_LINES);
        try {
            return operator.restart(executionId, parameters);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "run " + executionId + " could not restart", e);
            throw new JobNotStarted(operator.getJobExecution(executionId).getJobName(), e);
        }
    }

    @Override
    public String status(long executionId) {
        return BatchRuntime.getJobOperator().getJobExecution(executionId).getBatchStatus().name();
    }

    /** Adds the faults a test request asked for; true when it asked that the job not start. */
    private boolean requestAsksFor(Properties parameters) {
        try {
            faults.parameters().forEach(parameters::setProperty);
            return faults.failToStart();
        } catch (ContextNotActiveException e) {
            return false; // the schedule: no request, no faults
        }
    }
}
