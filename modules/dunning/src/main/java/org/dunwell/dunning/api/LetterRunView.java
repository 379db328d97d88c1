package org.dunwell.dunning.api;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A letter run: as of which date, where it stands, its job, how many lines and letters, who made and posted it. */
@Schema(description = "A letter run: as of which date, status, its batch job, lines and letters, who created and"
        + " posted it.")
public record LetterRunView(long id, String company, @Schema(ref = "Date") LocalDate asOf, RunStatus status,
                            Long executionId, int lines, int letters, String createdBy, Instant createdAt,
                            Instant proposedAt, String postedBy, Instant postedAt, long version) {
}
