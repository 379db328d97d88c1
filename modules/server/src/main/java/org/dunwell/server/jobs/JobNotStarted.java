package org.dunwell.server.jobs;

import jakarta.ws.rs.ServiceUnavailableException;

/** The batch runtime would not start (or restart) a job: answered 503, nothing of the run is kept. */
public class JobNotStarted extends ServiceUnavailableException {

    private static final long serialVersionUID = 1L;

    public JobNotStarted(String job, RuntimeException cause) {
        super("the batch runtime could not start the " + job + " job; nothing was kept, try again later",
                (Long) null, cause);
    }
}
