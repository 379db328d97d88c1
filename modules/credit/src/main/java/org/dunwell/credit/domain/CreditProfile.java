package org.dunwell.credit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.dunwell.credit.api.LimitType;
import org.dunwell.kernel.api.InputLimits;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.ledger.api.entity.VersionedEntity;

/**
 * A customer's credit settings: limit type, mandatory flag, limit group, limit review date,
 * hold, the ERP's packing-slip and open-order totals, and the latest risk score. The limit
 * itself comes from approved limit requests ({@link LimitSchedule}).
 */
@Entity
@Table(name = "credit_profile")
public class CreditProfile extends VersionedEntity {

    @Column(name = "company_code", nullable = false, updatable = false)
    private String company;
    @Column(name = "account", nullable = false, updatable = false)
    private String account;
    @Enumerated(EnumType.STRING)
    @Column(name = "limit_type", nullable = false)
    private LimitType limitType = LimitType.BALANCE;
    @Column(name = "mandatory_limit", nullable = false)
    private boolean mandatoryLimit;
    @Column(name = "limit_group")
    private String limitGroup;
    @Column(name = "limit_expires_on")
    private LocalDate limitExpiresOn;
    @Column(name = "hold_reason")
    private String holdReason;
    @Column(name = "hold_note")
    private String holdNote;
    @Column(name = "packing_slips", nullable = false)
    private BigDecimal packingSlips = BigDecimal.ZERO;
    @Column(name = "open_orders", nullable = false)
    private BigDecimal openOrders = BigDecimal.ZERO;
    @Column(name = "erp_figures_on")
    private LocalDate erpFiguresOn;
    @Column(name = "bureau_score")
    private Integer bureauScore;
    @Column(name = "risk_score")
    private Integer riskScore;
    @Column(name = "risk_group")
    private String riskGroup;
    @Column(name = "risk_scored_on")
    private LocalDate riskScoredOn;

    protected CreditProfile() {
    }

    public CreditProfile(String company, String account) {
        this.company = Objects.requireNonNull(company);
        this.account = Objects.requireNonNull(account);
    }

    public void setLimitType(LimitType type) {
        this.limitType = Objects.requireNonNull(type);
    }

    public void setMandatoryLimit(boolean mandatory) {
        this.mandatoryLimit = mandatory;
    }

    public void setLimitGroup(String group) {
        this.limitGroup = group;
    }

    public void setLimitExpiresOn(LocalDate date) {
        this.limitExpiresOn = date;
    }

    /** Puts the customer on hold with a reason code, or takes it off (null). */
    public void hold(String reasonCode, String note) {
        this.holdReason = reasonCode == null ? null
                : InputLimits.key("holdReason", reasonCode, InputLimits.KEY_MAX_LENGTH);
        this.holdNote = reasonCode == null ? null : note;
    }

    public void erpFigures(BigDecimal packingSlips, BigDecimal openOrders, LocalDate on) {
        if (packingSlips.signum() < 0 || openOrders.signum() < 0) {
            throw InvalidInputException.ofField("packingSlips", "packing slips and open orders must not be negative");
        }
        this.packingSlips = packingSlips;
        this.openOrders = openOrders;
        this.erpFiguresOn = on;
    }

    public void setBureauScore(Integer score) {
        if (score != null && (score < 0 || score > 100)) {
            throw InvalidInputException.ofField("bureauScore", "must be 0 to 100");
        }
        this.bureauScore = score;
    }

    public void scored(int score, String group, LocalDate on) {
        this.riskScore = score;
        this.riskGroup = group;
        this.riskScoredOn = on;
    }

    public String company() {
        return company;
    }

    public String account() {
        return account;
    }

    public LimitType limitType() {
        return limitType;
    }

    public boolean mandatoryLimit() {
        return mandatoryLimit;
    }

    public String limitGroup() {
        return limitGroup;
    }

    public LocalDate limitExpiresOn() {
        return limitExpiresOn;
    }

    public String holdReason() {
        return holdReason;
    }

    public String holdNote() {
        return holdNote;
    }

    public BigDecimal packingSlips() {
        return packingSlips;
    }

    public BigDecimal openOrders() {
        return openOrders;
    }

    public LocalDate erpFiguresOn() {
        return erpFiguresOn;
    }

    public Integer bureauScore() {
        return bureauScore;
    }

    public Integer riskScore() {
        return riskScore;
    }

    public String riskGroup() {
        return riskGroup;
    }

    public LocalDate riskScoredOn() {
        return riskScoredOn;
    }

    public long version() {
        return version;
    }
}
