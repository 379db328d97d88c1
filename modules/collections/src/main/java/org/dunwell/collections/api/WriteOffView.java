package org.dunwell.collections.api;

import java.time.Instant;
import org.dunwell.credit.api.ApproverLevel;
import org.dunwell.kernel.api.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A request to write off (part of) an invoice's open amount: who asked, who must approve it
 * (by the company's threshold), how it was decided, and the write-off document it posted.
 */
@Schema(description = "A request to write off (part of) an invoice's open amount: who asked, who must approve it (by the company's threshold), how it was decided, and the write-off document it posted.")
public record WriteOffView(long id, String company, String account, String document, Money amount,
                           String reasonCode, String note, ApproverLevel approverLevel, WriteOffStatus status,
                           String postedDocument, String requestedBy, Instant requestedAt, String decidedBy,
                           Instant decidedAt, String decisionNote, long version) {
}
