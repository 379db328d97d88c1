package org.dunwell.ai.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The verifier's finding on a text: passed when nothing in it is ungrounded. */
@Schema(description = "The grounding verifier's finding on the current text: passed when every amount, date,"
        + " percentage, document number and account in it is among the facts, in the language's format.")
public record Verification(@Schema(required = true) boolean passed,
                           @Schema(required = true) List<Violation> violations) {

    public static Verification of(List<Violation> violations) {
        return new Verification(violations.isEmpty(), List.copyOf(violations));
    }
}
