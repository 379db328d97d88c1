package org.dunwell.collections.domain.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.dunwell.collections.api.CaseCategoryView;
import org.dunwell.ledger.api.entity.VersionedEntity;

/** A case category of a company, and whether the invoices of its open cases are kept out of dunning. */
@Entity
@Table(name = "case_category")
public class CaseCategory extends VersionedEntity {

    @Column(name = "company_code", nullable = false, updatable = false)
    private String company;
    @Column(name = "code", nullable = false, updatable = false)
    private String code;
    @Column(name = "description")
    private String description;
    @Column(name = "excludes_dunning", nullable = false)
    private boolean excludesDunning;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CaseCategory() {
    }

    public CaseCategory(String company, String code, String createdBy, Instant createdAt) {
        this.company = company;
        this.code = code;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void define(String description, boolean excludesDunning) {
        this.description = description;
        this.excludesDunning = excludesDunning;
    }

    public long version() {
        return version;
    }

    public CaseCategoryView toView() {
        return new CaseCategoryView(code, description, excludesDunning, version);
    }
}
