package org.dunwell.credit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.ledger.api.entity.VersionedEntity;

/** A company's credit settings: the approval threshold (accounting currency) and the scorecard. */
@Entity
@Table(name = "credit_settings")
public class CreditSettings extends VersionedEntity {

    /** The threshold a company starts with (domain.md §2: up to 50,000 a credit manager). */
    public static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("50000");

    /** How long an approved order counts as open when the ERP never reports it. */
    public static final int DEFAULT_APPROVED_ORDER_DAYS = 30;

    @Column(name = "company_code", nullable = false, updatable = false)
    private String company;
    @Column(name = "approval_threshold", nullable = false)
    private BigDecimal approvalThreshold;
    @Column(name = "payment_weight", nullable = false)
    private int paymentWeight;
    @Column(name = "exposure_weight", nullable = false)
    private int exposureWeight;
    @Column(name = "relationship_weight", nullable = false)
    private int relationshipWeight;
    @Column(name = "overdue_weight", nullable = false)
    private int overdueWeight;
    @Column(name = "bureau_weight", nullable = false)
    private int bureauWeight;
    @Column(name = "band_a", nullable = false)
    private int bandA;
    @Column(name = "band_b", nullable = false)
    private int bandB;
    @Column(name = "band_c", nullable = false)
    private int bandC;
    @Column(name = "band_d", nullable = false)
    private int bandD;
    @Column(name = "approved_order_days", nullable = false)
    private int approvedOrderDays = DEFAULT_APPROVED_ORDER_DAYS;

    protected CreditSettings() {
    }

    public CreditSettings(String company) {
        this.company = company;
        this.approvalThreshold = DEFAULT_THRESHOLD;
        scorecard(Scorecard.DEFAULT);
    }

    /** Days an approved order counts as open until the ERP's figures include it: 1 to 365. */
    public void setApprovedOrderDays(int days) {
        if (days < 1 || days > 365) {
            throw InvalidInputException.ofField("approvedOrderDays", "must be 1 to 365");
        }
        this.approvedOrderDays = days;
    }

    public int approvedOrderDays() {
        return approvedOrderDays;
    }

    public void setApprovalThreshold(BigDecimal threshold) {
        if (threshold == null || threshold.signum() < 0) {
            throw InvalidInputException.ofField("approvalThreshold", "is required and must not be negative");
        }
        this.approvalThreshold = threshold;
    }

    public void scorecard(Scorecard card) {
        this.paymentWeight = card.paymentWeight();
        this.exposureWeight = card.exposureWeight();
        this.relationshipWeight = card.relationshipWeight();
        this.overdueWeight = card.overdueWeight();
        this.bureauWeight = card.bureauWeight();
        this.bandA = card.bandA();
        this.bandB = card.bandB();
        this.bandC = card.bandC();
        this.bandD = card.bandD();
    }

    public Scorecard scorecard() {
        return new Scorecard(paymentWeight, exposureWeight, relationshipWeight, overdueWeight, bureauWeight, bandA,
                bandB, bandC, bandD);
    }

    public BigDecimal approvalThreshold() {
        return approvalThreshold;
    }

    public String company() {
        return company;
    }

    public long version() {
        return version;
    }
}
