package org.dunwell.collections.api;

import org.dunwell.kernel.api.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Promises of a customer or an agent in one currency: made (every promise not cancelled), kept,
 * broken and still open, each as a count and an amount.
 */
@Schema(description = "Promises of a customer or an agent in one currency: made (every promise not cancelled), kept, broken and still open, each as a count and an amount.")
public record PromisePerformance(String currency, int made, Money madeAmount, int kept, Money keptAmount, int broken,
                                 Money brokenAmount, int open, Money openAmount) {
}
