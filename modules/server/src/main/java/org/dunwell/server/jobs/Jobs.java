package org.dunwell.server.jobs;

/**
 * The one way a batch job is started or restarted, from a request or from the schedule. A job the batch
 * runtime will not start is {@link JobNotStarted} (503): whoever asked undoes what it prepared.
 */
public interface Jobs {

    /** Starts the job; its execution id (followed in /jobs). */
    long start(JobRequest request);

    /** Restarts a failed or stopped run from its last committed checkpoint, with its parameters; the new id. */
    long restart(long executionId);

    /** Where a run stands: the batch status's name (STARTED, COMPLETED, FAILED, STOPPED...). */
    String status(long executionId);
}
