package org.dunwell.dunning.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A collection letter sequence: its levels, whether a letter covers all of a customer's overdue invoices or one,
 * how it escalates, whether it is the company's default and the customer groups that follow it.
 */
@Schema(description = "A collection letter sequence: levels 1..n, letter scope, escalation rule, company default and"
        + " the customer groups that follow it.")
public record LetterSequenceView(String company, String code, String description, LetterScope scope,
                                 EscalationRule escalation, boolean companyDefault, List<String> customerGroups,
                                 List<Level> levels, long version) {

    /**
     * A level: its days (the first counted from the due date, later ones from the previous letter), per currency
     * the fee and the least overdue amount, whether it puts the customer on credit hold, whether it hands the
     * customer over to a collection agency (the last level only), the interest code it charges, and its text per
     * language.
     */
    @Schema(name = "LetterLevel", description = "A level: days (the first from the due date, later ones from the"
            + " previous letter), per currency fee and minimum overdue, block (credit hold), agency hand-over (last"
            + " level only), interest code, text per language.")
    public record Level(int level, int days, boolean blockCustomer, boolean agencyHandover, String interestCode,
                        List<Amount> amounts, List<Text> texts) {
    }

    /** A level's fee and least overdue amount in one currency. */
    @Schema(name = "LetterLevelAmount", description = "A level's fee and least overdue amount in one currency.")
    public record Amount(@Schema(required = true) String currency, @Schema(ref = "Amount") BigDecimal fee,
                         @Schema(ref = "Amount") BigDecimal minimumOverdue) {
    }

    /** A level's letter in one language: its subject and the paragraph above the invoices. */
    @Schema(name = "LetterLevelText", description = "A level's letter in one language: subject and the paragraph"
            + " above the invoices.")
    public record Text(@Schema(required = true) String language, @Schema(required = true) String subject,
                       @Schema(required = true) String body) {
    }
}
