package org.dunwell.collections.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dunwell.collections.api.PoolCondition;
import org.dunwell.collections.api.PoolView;
import org.dunwell.collections.domain.pool.PoolFilter;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.InputLimits;
import org.dunwell.ledger.api.entity.VersionedEntity;

/** A named saved filter over customers; evaluated when used, so new customers join by themselves. */
@Entity
@Table(name = "collection_pool")
public class CollectionPool extends VersionedEntity {

    @Column(name = "company_code", nullable = false, updatable = false)
    private String company;
    @Column(name = "name", nullable = false)
    private String name;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "collection_pool_condition", joinColumns = @JoinColumn(name = "pool_id"))
    @OrderBy("seq")
    private List<StoredCondition> conditions = new ArrayList<>();
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** A condition as stored, in its place in the filter. */
    @Embeddable
    public static class StoredCondition {
        @Column(name = "seq", nullable = false)
        private int seq;
        @Column(name = "field", nullable = false)
        private String field;
        @Column(name = "operator_symbol", nullable = false)
        private String operator;
        @Column(name = "condition_value", nullable = false)
        private String value;

        protected StoredCondition() {
        }

        StoredCondition(int seq, PoolCondition condition) {
            this.seq = seq;
            this.field = condition.field();
            this.operator = condition.operator();
            this.value = condition.value();
        }

        PoolCondition toCondition() {
            return new PoolCondition(field, operator, value);
        }
    }

    protected CollectionPool() {
    }

    public CollectionPool(String company, String name, PoolFilter filter, String createdBy, Instant createdAt) {
        this.company = company;
        this.name = InputLimits.key("name", name, InputLimits.KEY_MAX_LENGTH);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        refilter(filter);
    }

    /** A new name (unique in the company: the caller checks). */
    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw InvalidInputException.ofField("name", "is required");
        }
        this.name = newName.trim();
    }

    /** Replaces the saved filter (validated by {@link PoolFilter#of}). */
    public void refilter(PoolFilter filter) {
        conditions.clear();
        List<PoolCondition> given = filter.conditions();
        for (int i = 0; i < given.size(); i++) {
            conditions.add(new StoredCondition(i, given.get(i)));
        }
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String company() {
        return company;
    }

    public long version() {
        return version;
    }

    public List<PoolCondition> conditions() {
        return conditions.stream().map(StoredCondition::toCondition).toList();
    }

    /** The saved filter, validated again against today's bucket names. */
    public PoolFilter filter(Set<String> bucketNames) {
        return PoolFilter.of(conditions(), bucketNames);
    }

    public PoolView toView(List<String> agents) {
        return new PoolView(company, name, conditions(), agents, version);
    }
}
