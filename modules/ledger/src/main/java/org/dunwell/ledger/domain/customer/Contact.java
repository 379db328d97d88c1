package org.dunwell.ledger.domain.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.dunwell.ledger.api.ContactPurpose;
import org.dunwell.ledger.api.ContactView;
import org.dunwell.ledger.api.entity.KeyedEntity;

/** A person at a customer; the name is the key within the customer. */
@Entity
@Table(name = "customer_contact")
public class Contact extends KeyedEntity {


    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;
    @Column(name = "list_position", nullable = false)
    private int position;
    @Column(name = "name", nullable = false, updatable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false)
    private ContactPurpose purpose;
    @Column(name = "is_primary", nullable = false)
    private boolean primary;
    @Column(name = "contact_role")
    private String role;
    @Column(name = "email")
    private String email;
    @Column(name = "phone")
    private String phone;
    @Column(name = "language")
    private String language;

    protected Contact() {
    }

    /** A contact of checked values (see {@link Customer#replaceContacts}). */
    Contact(Customer customer, int position, ContactView checked) {
        this.customer = customer;
        this.name = checked.name();
        set(position, checked);
    }

    void set(int position, ContactView checked) {
        this.position = position;
        this.purpose = checked.purpose();
        this.primary = checked.primary();
        this.role = checked.role();
        this.email = checked.email();
        this.phone = checked.phone();
        this.language = checked.language();
    }

    String name() {
        return name;
    }

    int position() {
        return position;
    }

    ContactView toView() {
        return new ContactView(name, purpose, primary, role, email, phone, language);
    }
}
