package org.dunwell.ledger.domain.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.dunwell.ledger.api.ContactView;

/** A person at a customer. */
@Entity
@Table(name = "customer_contact")
public class Contact {

    @Id
    @SequenceGenerator(name = "dw_id", sequenceName = "dw_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dw_id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;
    @Column(name = "list_position", nullable = false)
    private int position;
    @Column(name = "name", nullable = false)
    private String name;
    @Column(name = "contact_role")
    private String role;
    @Column(name = "email")
    private String email;
    @Column(name = "phone")
    private String phone;
    @Column(name = "collections_contact", nullable = false)
    private boolean collectionsContact;

    protected Contact() {
    }

    Contact(Customer customer, int position, ContactView view) {
        this.customer = customer;
        this.position = position;
        this.name = view.name().trim();
        this.role = view.role();
        this.email = view.email();
        this.phone = view.phone();
        this.collectionsContact = view.collectionsContact();
    }

    ContactView toView() {
        return new ContactView(name, role, email, phone, collectionsContact);
    }
}
