package org.dunwell.collections.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One condition of a pool's saved filter: a field, an operator and a value ({@code in} takes a
 * comma-separated list). Fields: customer master data {@code region}, {@code group},
 * {@code currency}, {@code responsible}; computed figures {@code balance},
 * {@code oldestOverdueDays}, {@code bucket:<name>} (an amount of the standard aging),
 * {@code riskGroup}, {@code creditHold}, {@code overLimit}.
 */
@Schema(description = "One condition of a pool's saved filter: a field, an operator and a value (in takes a comma-separated list).")
public record PoolCondition(String field, String operator, String value) {
}
