package org.dunwell.ledger.api;

/**
 * One bucket of an aging definition: a name and an inclusive age range ({@code null} from: no
 * lower bound; {@code null} to: no upper bound), in the definition's unit.
 */
public record AgingBucketSpec(String name, Integer from, Integer to) {
}
