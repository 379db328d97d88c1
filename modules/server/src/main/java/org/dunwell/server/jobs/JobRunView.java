package org.dunwell.server.jobs;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One batch run as {@code /jobs} lists it: the kind of job, the company and day it ran for and what
 * it ran on, its status, how far it got, when it started and finished. {@code total} and
 * {@code percent} are given where the job knows how much work it has.
 */
@Schema(description = "One batch run as /jobs lists it: the kind of job, its status, how far it got, when it started and finished.")
public record JobRunView(long id, long instanceId, String kind,
                         @Schema(description = "The company the run worked for") String company,
                         @Schema(description = "The day the run worked as of") LocalDate asOf,
                         @Schema(description = "What the run worked on, where it worked on one thing (an aging"
                                 + " snapshot)") Target ranOn,
                         @Schema(required = true) String status, @Schema(required = true) Progress progress,
                         Instant started, Instant finished, String exitStatus) {

    /** What a run worked on: its kind ({@code aging-snapshot}) and id. */
    @Schema(name = "JobTarget", description = "What a run worked on: its kind (aging-snapshot) and id.")
    public record Target(@Schema(required = true) String kind, @Schema(required = true) String id) {
    }

    /** Items done so far, and of how many if known. */
    @Schema(description = "Items done so far, and of how many if known.")
    public record Progress(long processed, Long total, Integer percent) {

        public static Progress of(long processed, Long total) {
            Integer percent = total == null || total <= 0 ? null
                    : (int) Math.min(100, Math.max(0, processed * 100 / total));
            return new Progress(processed, total, percent);
        }
    }
}
