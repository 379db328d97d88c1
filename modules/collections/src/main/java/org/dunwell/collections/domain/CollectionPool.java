package org.dunwell.collections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.dunwell.collections.api.PoolView;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.ledger.api.CustomerCriteria;

/** A named saved filter over customers; evaluated when used, so new customers join by themselves. */
@Entity
@Table(name = "collection_pool")
public class CollectionPool {

    @Id
    @SequenceGenerator(name = "dw_id", sequenceName = "dw_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dw_id")
    private Long id;
    @Column(name = "company_code", nullable = false, updatable = false)
    private String company;
    @Column(name = "name", nullable = false)
    private String name;
    @Column(name = "region")
    private String region;
    @Column(name = "customer_group")
    private String group;
    @Column(name = "currency")
    private String currency;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CollectionPool() {
    }

    public CollectionPool(String company, String name, String region, String group, String currency, String createdBy,
                          Instant createdAt) {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9 _.-]{0,59}")) {
            throw InvalidInputException.ofField("name", "is required: letters, digits, space, _ . - (at most 60)");
        }
        this.company = company;
        this.name = name;
        this.region = region;
        this.group = group;
        this.currency = currency;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
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

    /** The pool's filter as customer criteria for the ledger's queries. */
    public CustomerCriteria criteria() {
        return new CustomerCriteria(company, region, group, currency);
    }

    public PoolView toView() {
        return new PoolView(company, name, region, group, currency, version);
    }
}
