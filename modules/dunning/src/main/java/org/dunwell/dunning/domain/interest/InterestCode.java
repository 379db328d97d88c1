package org.dunwell.dunning.domain.interest;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dunwell.dunning.api.DayBasis;
import org.dunwell.dunning.api.InterestCalculation;
import org.dunwell.dunning.api.InterestCodeView;
import org.dunwell.ledger.api.entity.VersionedEntity;

/**
 * An interest code: yearly rates by date and amount range, day basis, what interest runs on, the least it charges,
 * and whether fees and interest notes bear interest themselves (off by default, as §289 BGB has it).
 */
@Entity
@Table(name = "interest_code")
public class InterestCode extends VersionedEntity {

    @Column(name = "company_code", nullable = false, updatable = false)
    private String company;
    @Column(name = "code", nullable = false, updatable = false)
    private String code;
    @Column(name = "description")
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "day_basis", nullable = false)
    private DayBasis basis;
    @Enumerated(EnumType.STRING)
    @Column(name = "calculation", nullable = false)
    private InterestCalculation calculation;
    @Column(name = "minimum_interest", nullable = false)
    private BigDecimal minimum;
    @Column(name = "on_fees", nullable = false)
    private boolean onFees;
    @Column(name = "on_interest", nullable = false)
    private boolean onInterest;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "interest_rate", joinColumns = @JoinColumn(name = "code_id"))
    private List<InterestRate> rates = new ArrayList<>();
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected InterestCode() {
    }

    public InterestCode(String company, String code, String createdBy, Instant createdAt) {
        this.company = company;
        this.code = code;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Takes checked terms (their rates do not overlap). */
    public void define(String description, InterestTerms terms, boolean onFees, boolean onInterest) {
        this.description = description;
        this.basis = terms.basis();
        this.calculation = terms.calculation();
        this.minimum = terms.minimum();
        this.onFees = onFees;
        this.onInterest = onInterest;
        rates.clear();
        rates.addAll(terms.rates());
    }

    public String code() {
        return code;
    }

    public long version() {
        return version;
    }

    public boolean onFees() {
        return onFees;
    }

    public boolean onInterest() {
        return onInterest;
    }

    public InterestTerms terms() {
        return new InterestTerms(rates, basis, calculation, minimum);
    }

    public InterestCodeView toView() {
        return new InterestCodeView(company, code, description, basis, calculation, plain(minimum), onFees, onInterest,
                rates.stream().sorted(Comparator.comparing(InterestRate::validFrom)
                                .thenComparing(InterestRate::amountFrom))
                        .map(r -> new InterestCodeView.Rate(r.validFrom(), r.validTo(), plain(r.amountFrom()),
                                plain(r.amountTo()), plain(r.percent()))).toList(), version);
    }

    /** A stored decimal without the column's trailing zeros (10.2700 is 10.27; 1.0000 is 1.00). */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
    }
}
