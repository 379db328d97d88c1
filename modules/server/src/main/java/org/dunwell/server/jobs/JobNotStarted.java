package org.dunwell.server.jobs;

import jakarta.ws.rs.ServiceUnavailableException;

/**
 * The batch runtime would not start (or restart) a job: answered 503, nothing of the run is kept. The
 * runtime's own failure is logged where it happened and kept in {@link #reason()}, not shown to the caller.
 */
public class JobNotStarted extends ServiceUnavailableException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public JobNotStarted(String job, RuntimeException cause) {
        super("the batch runtime could not start the " + job + " job; nothing was kept, try again later");
        this.reason = String.valueOf(cause);
    }

    /** What the runtime said. */
    public String reason() {
        return reason;
    }
}
