package org.dunwell.collections.api;

import java.util.List;
import org.dunwell.ledger.api.AgingBasis;
import org.dunwell.ledger.api.AgingBucketSpec;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A named aging period definition: ordered buckets by due or document date, in days or months; its revision
 * (a change after a snapshot used it makes the next one), whether it is read-only ({@code standard}), and the
 * version to change it with.
 */
@Schema(description = "A named aging period definition: ordered buckets by due or document date, in days or months;"
        + " its revision (a change after a snapshot used it makes the next one), readOnly for standard, and the"
        + " version to change it with (If-Match).")
public record AgingDefinitionView(String name, AgingBasis basis, List<AgingBucketSpec> buckets, int revision,
                                  boolean readOnly, long version) {
}
