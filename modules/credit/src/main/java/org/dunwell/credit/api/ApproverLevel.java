package org.dunwell.credit.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who may approve a request: a credit manager up to the company threshold, a senior approver above it. */
@Schema(description = "Who may approve a request: a credit manager up to the company threshold, a senior approver above it.")
public enum ApproverLevel {
    CREDIT_MANAGER,
    SENIOR_APPROVER;

    public boolean covers(ApproverLevel needed) {
        return ordinal() >= needed.ordinal();
    }
}
