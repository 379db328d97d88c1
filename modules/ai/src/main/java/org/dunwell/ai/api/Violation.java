package org.dunwell.ai.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the verifier found in a text that the facts do not hold, or do not hold in that form. */
@Schema(description = "Something a text states that the facts do not hold (kind AMOUNT, DATE, PERCENTAGE, DOCUMENT,"
        + " NUMBER, FORMAT, WORDS, RELATIVE_DATE or CLAIM): the text as written and why.")
public record Violation(@Schema(required = true) String kind, @Schema(required = true) String text,
                        @Schema(required = true) String message) {
}
