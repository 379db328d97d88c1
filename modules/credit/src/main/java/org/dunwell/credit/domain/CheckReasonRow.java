package org.dunwell.credit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.dunwell.credit.api.CreditCheckDecision;
import org.dunwell.credit.api.CreditReason;
import org.dunwell.credit.api.CreditRuleType;

/** A fired rule as stored with its check. */
@Embeddable
public class CheckReasonRow {

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_type", nullable = false)
    private CreditRuleType rule;
    @Enumerated(EnumType.STRING)
    @Column(name = "result", nullable = false)
    private CreditCheckDecision result;
    @Column(name = "detail", nullable = false)
    private String detail;

    protected CheckReasonRow() {
    }

    CheckReasonRow(CreditReason reason) {
        this.rule = reason.rule();
        this.result = reason.result();
        this.detail = reason.detail().length() > 500 ? reason.detail().substring(0, 500) : reason.detail();
    }

    CreditReason toReason() {
        return new CreditReason(rule, result, detail);
    }
}
