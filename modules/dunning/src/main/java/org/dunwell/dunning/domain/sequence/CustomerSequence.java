package org.dunwell.dunning.domain.sequence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.dunwell.ledger.api.entity.VersionedEntity;

/** The sequence one customer follows, whatever its group's or the company's default is. */
@Entity
@Table(name = "letter_sequence_customer")
public class CustomerSequence extends VersionedEntity {

    @Column(name = "company_code", nullable = false, updatable = false)
    private String company;
    @Column(name = "account", nullable = false, updatable = false)
    private String account;
    @Column(name = "sequence_code", nullable = false)
    private String sequence;
    @Column(name = "assigned_by", nullable = false)
    private String assignedBy;
    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected CustomerSequence() {
    }

    public CustomerSequence(String company, String account, String sequence, String by, Instant at) {
        this.company = company;
        this.account = account;
        reassign(sequence, by, at);
    }

    public void reassign(String sequence, String by, Instant at) {
        this.sequence = sequence;
        this.assignedBy = by;
        this.assignedAt = at;
    }

    public String account() {
        return account;
    }

    public String sequence() {
        return sequence;
    }
}
