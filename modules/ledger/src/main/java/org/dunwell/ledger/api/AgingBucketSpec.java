package org.dunwell.ledger.api;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dunwell.kernel.api.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One bucket of an aging definition: a name and an inclusive age range ({@code null} from: no
 * lower bound; {@code null} to: no upper bound), in the definition's unit.
 */
@Schema(description = "One bucket of an aging definition: a name and an inclusive age range (no from: no lower bound;"
        + " no to: no upper bound), in the definition's unit.")
public record AgingBucketSpec(String name, Integer from, Integer to) {

    /**
     * Buckets that make a definition: at least one, the first open below and the last open above, each starting
     * the day (or month) after the one before ends, each named (once).
     */
    public static void validate(List<AgingBucketSpec> buckets) {
        if (buckets == null || buckets.isEmpty()) {
            throw InvalidInputException.ofField("buckets", "an aging definition needs at least one bucket");
        }
        if (buckets.get(0).from() != null) {
            throw InvalidInputException.ofField("buckets", "the first bucket must have no lower bound");
        }
        if (buckets.get(buckets.size() - 1).to() != null) {
            throw InvalidInputException.ofField("buckets", "the last bucket must have no upper bound");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < buckets.size(); i++) {
            AgingBucketSpec bucket = buckets.get(i);
            if (bucket == null || bucket.name() == null || bucket.name().isBlank()) {
                throw InvalidInputException.ofField("buckets[" + i + "].name", "is required");
            }
            if (bucket.name().length() > 40 || bucket.name().contains("|") || bucket.name().contains(";")
                    || !names.add(bucket.name())) {
                throw InvalidInputException.ofField("buckets[" + i + "].name", "at most 40 characters, no | or ;,"
                        + " once per definition");
            }
            if (bucket.from() != null && bucket.to() != null && bucket.from() > bucket.to()) {
                throw InvalidInputException.ofField("buckets[" + i + "]", "from is after to");
            }
            if (i > 0 && (buckets.get(i - 1).to() == null || bucket.from() == null
                    || bucket.from() != buckets.get(i - 1).to() + 1)) {
                throw InvalidInputException.ofField("buckets[" + i + "]",
                        "must start the day (or month) after the previous bucket ends");
            }
        }
    }
}
