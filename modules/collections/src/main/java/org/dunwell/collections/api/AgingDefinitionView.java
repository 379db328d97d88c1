package org.dunwell.collections.api;

import java.util.List;
import org.dunwell.ledger.api.AgingBasis;
import org.dunwell.ledger.api.AgingBucketSpec;

/** A named aging period definition: ordered buckets by due or document date, in days or months. */
public record AgingDefinitionView(String name, AgingBasis basis, List<AgingBucketSpec> buckets) {
}
