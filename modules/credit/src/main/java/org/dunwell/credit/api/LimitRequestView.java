package org.dunwell.credit.api;

import java.time.Instant;
import java.time.LocalDate;
import org.dunwell.kernel.api.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A credit limit request. {@code status} is PENDING, APPROVED, REJECTED or EXPIRED (a temporary
 * limit whose last day has passed, or a request never decided before its last day);
 * {@code approverLevel} is who may approve it.
 */
@Schema(description = "A credit limit request.")
public record LimitRequestView(long id, String company, String account, String currency, Money requestedLimit, Money previousLimit,
                               boolean temporary, LocalDate effectiveFrom, LocalDate effectiveTo, String reason,
                               ApproverLevel approverLevel, String status, String requestedBy, Instant requestedAt,
                               String decidedBy, Instant decidedAt, String decisionNote, long version) {
}
