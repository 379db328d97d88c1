package org.dunwell.collections.api;

import java.math.BigDecimal;

/**
 * A customer disputes {@code amount} (default: all that is open) of an invoice, or of some of
 * its lines (named in {@code lines}), for a reason code, with an explanation and an investigator.
 */
public record DisputeDraft(String document, BigDecimal amount, String lines, String reasonCode, String explanation,
                           String investigator) {
}
