package org.dunwell.dunning.api;

import java.util.List;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerScope;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Collection letter sequences and which one a customer follows: its own, its group's, else the company default. */
public interface LetterSequences {

    /** Creates a sequence ({@code expectedVersion} null) or replaces it (its version), audited with the reason. */
    LetterSequenceView put(String company, LetterSequenceView sequence, Long expectedVersion, String reason,
                           UserName actor);

    LetterSequenceView get(String company, String code);

    List<LetterSequenceView> list(String company);

    /** Assigns a sequence to one customer ({@code sequence} null: back to its group's or the default). */
    String assign(String company, String account, String sequence, String reason, CustomerScope scope,
                  UserName actor);

    /** The sequence a customer follows and why (its own, its group's, the company default), or none. */
    SequenceChoice sequenceOf(String company, String account, CustomerScope scope);

    /** The sequence a customer follows, and what chose it. */
    @Schema(description = "The sequence a customer follows (null: none) and what chose it: customer, group G,"
            + " company default.")
    record SequenceChoice(String account, String sequence, String chosenBy) {
    }
}
