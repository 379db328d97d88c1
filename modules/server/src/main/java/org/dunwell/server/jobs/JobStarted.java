package org.dunwell.server.jobs;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A batch job that was started: follow it in {@code /jobs} by its execution id. */
@Schema(description = "A batch job that was started: follow it in /jobs by its execution id.")
public record JobStarted(@Schema(required = true, description = "The run's id in /jobs") long executionId,
                         @Schema(required = true, description = "The kind of job") String kind,
                         @Schema(required = true, description = "The day the job works as of") LocalDate asOf) {
}
