package org.dunwell.ai.api;

import java.time.LocalDate;
import org.dunwell.dunning.api.CustomerFacts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A customer summary in a language, who wrote it (MODEL or TEMPLATE) and the facts it was written from. */
@Schema(description = "A customer summary: its text in the language asked for (else the customer's), written by"
        + " the MODEL or the TEMPLATE writer, the facts it states, why the template wrote it when a model is"
        + " configured (fallbackReason) and the verifier's finding on the text.")
public record SummaryView(@Schema(required = true) String account, @Schema(ref = "Date") LocalDate asOf,
                          @Schema(required = true) String language, @Schema(required = true) String text,
                          @Schema(required = true) String source, CustomerFacts facts, String fallbackReason,
                          Verification verification) {
}
