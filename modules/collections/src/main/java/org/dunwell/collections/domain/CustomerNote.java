package org.dunwell.collections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.ledger.api.entity.KeyedEntity;

/** A note on a customer, written once. */
@Entity
@Table(name = "customer_note")
public class CustomerNote extends KeyedEntity {

    @Column(name = "company_code", nullable = false, updatable = false)
    private String company;
    @Column(name = "account", nullable = false, updatable = false)
    private String account;
    @Column(name = "note_text", nullable = false, updatable = false)
    private String text;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CustomerNote() {
    }

    public CustomerNote(String company, String account, String text, String createdBy, Instant createdAt) {
        if (text == null || text.isBlank() || text.length() > 4000) {
            throw InvalidInputException.ofField("text", "is required (at most 4000 characters)");
        }
        this.company = company;
        this.account = account;
        this.text = text.trim();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String text() {
        return text;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
