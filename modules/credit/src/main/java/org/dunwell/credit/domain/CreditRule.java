package org.dunwell.credit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dunwell.credit.api.CreditCheckDecision;
import org.dunwell.credit.api.CreditRuleType;
import org.dunwell.credit.api.CreditRuleView;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.ledger.api.entity.VersionedEntity;

/** One blocking rule of a company's order credit check, and the result it gives when it fires. */
@Entity
@Table(name = "credit_rule")
public class CreditRule extends VersionedEntity {

    @Column(name = "company_code", nullable = false, updatable = false)
    private String company;
    @Enumerated(EnumType.STRING)
    @Column(name = "rule_type", nullable = false)
    private CreditRuleType type;
    @Column(name = "threshold")
    private BigDecimal threshold;
    @Column(name = "risk_groups")
    private String riskGroups;
    @Enumerated(EnumType.STRING)
    @Column(name = "result", nullable = false)
    private CreditCheckDecision result;
    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected CreditRule() {
    }

    public CreditRule(String company, CreditRuleType type) {
        this.company = company;
        this.type = type;
    }

    /** Sets the rule's parameters after checking them against its type. */
    public void define(BigDecimal threshold, List<String> riskGroups, CreditCheckDecision result, boolean active) {
        if (result == null || result == CreditCheckDecision.APPROVED) {
            throw InvalidInputException.ofField("result", "is required: WARNING, REVIEW or BLOCKED");
        }
        if (type.needsThreshold() && (threshold == null || threshold.signum() < 0)) {
            throw InvalidInputException.ofField("threshold", "is required for " + type + " and must not be negative");
        }
        if (!type.needsThreshold() && threshold != null) {
            throw InvalidInputException.ofField("threshold", type + " takes no threshold");
        }
        if (type == CreditRuleType.OVERDUE_DAYS && threshold.stripTrailingZeros().scale() > 0) {
            throw InvalidInputException.ofField("threshold", "is a whole number of days");
        }
        Set<String> groups = new LinkedHashSet<>();
        for (String group : riskGroups == null ? List.<String>of() : riskGroups) {
            if (group == null || !group.trim().matches("[A-Z]")) {
                throw InvalidInputException.ofField("riskGroups", "are letters A to E");
            }
            groups.add(group.trim());
        }
        if (type == CreditRuleType.RISK_GROUP && groups.isEmpty()) {
            throw InvalidInputException.ofField("riskGroups", "name at least one risk group for RISK_GROUP");
        }
        if (type != CreditRuleType.RISK_GROUP && !groups.isEmpty()) {
            throw InvalidInputException.ofField("riskGroups", "only RISK_GROUP takes risk groups");
        }
        this.threshold = threshold;
        this.riskGroups = groups.isEmpty() ? null : String.join(",", groups);
        this.result = result;
        this.active = active;
    }

    public long id() {
        return id;
    }

    public String company() {
        return company;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }

    private List<String> groups() {
        return riskGroups == null ? List.of() : Arrays.asList(riskGroups.split(","));
    }

    public RuleSpec spec() {
        return new RuleSpec(type, threshold, Set.copyOf(groups()), result);
    }

    public CreditRuleView toView() {
        return new CreditRuleView(id, company, type, threshold == null ? null : threshold.stripTrailingZeros(),
                groups(), result, active, version);
    }
}
