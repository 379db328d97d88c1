package org.dunwell.credit.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A change that would raise what a customer may owe, waiting for a second person: what it changes
 * ({@code subject} and {@code subjectKey}: the account, the group's name, the rule's id, the company),
 * each field from → to, who asked and why, and where the decision stands.
 */
@Schema(description = "A change that would raise what a customer may owe, waiting for a second person: each field"
        + " from → to, who asked and why, and where the decision stands.")
public record CreditChangeView(long id, String company, Subject subject, String subjectKey, Action action,
                               List<Field> fields, String reason, ApproverLevel approverLevel, String status,
                               String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt,
                               String decisionNote, long version) {

    /** What the change is made to. */
    @Schema(name = "CreditChangeSubject", description = "What a credit change is made to: a customer's credit settings,"
            + " a limit group, a rule, the company's credit settings.")
    public enum Subject { CUSTOMER_CREDIT, LIMIT_GROUP, CREDIT_RULE, CREDIT_SETTINGS }

    /** A change of fields, or the subject's removal. */
    @Schema(name = "CreditChangeAction", description = "A change of fields, or the subject's removal.")
    public enum Action { CHANGE, DELETE }

    /** One field's value now and the value the change gives it ({@code null}: none). */
    @Schema(name = "CreditChangeField", description = "One field's value when asked and the value the change gives it.")
    public record Field(String name, String from, String to) {
    }
}
