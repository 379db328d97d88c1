package org.dunwell.ledger.domain.customer;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.ledger.api.ContactView;
import org.dunwell.ledger.api.CustomerView;
import org.dunwell.ledger.api.ReminderRecipient;
import org.dunwell.ledger.api.entity.VersionedEntity;

/** A customer account: master data and contacts. Its documents live in the ledger's postings. */
@Entity
@Table(name = "customer")
public class Customer extends VersionedEntity {


    @Column(name = "company_code", nullable = false, updatable = false)
    private String company;
    @Column(name = "account", nullable = false, updatable = false)
    private String account;
    @Column(name = "name", nullable = false)
    private String name;
    @Column(name = "currency", nullable = false, updatable = false)
    private String currency;
    @Column(name = "language")
    private String language;
    @Column(name = "customer_group")
    private String group;
    @Column(name = "region")
    private String region;
    @Column(name = "payment_terms_days")
    private Integer paymentTermsDays;
    @Column(name = "credit_limit")
    private BigDecimal creditLimit;
    @Column(name = "email")
    private String email;
    @Column(name = "phone")
    private String phone;
    @Column(name = "responsible_employee")
    private String responsibleEmployee;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("position")
    private List<Contact> contacts = new ArrayList<>();

    protected Customer() {
    }

    public Customer(String company, String account, String name, Currency currency, Money creditLimit,
                    String createdBy, Instant createdAt) {
        this.company = Objects.requireNonNull(company);
        this.account = Objects.requireNonNull(account);
        rename(name);
        this.currency = currency.getCurrencyCode();
        if (creditLimit != null) {
            if (!creditLimit.currency().equals(currency)) {
                throw InvalidInputException.ofField("creditLimit", "must be in the customer's currency " + currency);
            }
            if (creditLimit.isNegative()) {
                throw InvalidInputException.ofField("creditLimit", "must not be negative");
            }
            this.creditLimit = creditLimit.amount();
        }
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void rename(String newName) {
        this.name = MasterData.name("name", newName);
    }

    public void setLanguage(String language) {
        this.language = MasterData.language("language", language);
    }

    public void setGroup(String group) {
        this.group = MasterData.code("group", group);
    }

    public void setRegion(String region) {
        this.region = MasterData.code("region", region);
    }

    public void setPaymentTermsDays(Integer days) {
        if (days != null && (days < 0 || days > 3650)) {
            throw InvalidInputException.ofField("paymentTermsDays", "must be 0 to 3650");
        }
        this.paymentTermsDays = days;
    }

    public void setEmail(String email) {
        this.email = MasterData.email("email", email);
    }

    public void setPhone(String phone) {
        this.phone = MasterData.text("phone", phone, MasterData.PHONE_LENGTH);
    }

    public void setResponsibleEmployee(String responsibleEmployee) {
        this.responsibleEmployee = MasterData.text("responsibleEmployee", responsibleEmployee,
                MasterData.USER_LENGTH);
    }

    /**
     * Replaces the contacts with the given list, in its order. A contact is known by its name: one of the
     * same name is changed in place, one not named any more is removed. Names are unique within the
     * customer and a purpose has at most one primary contact.
     */
    public void replaceContacts(List<ContactView> given) {
        List<ContactView> checked = Contacts.check(given);
        Map<String, ContactView> wanted = new LinkedHashMap<>();
        checked.forEach(c -> wanted.put(c.name(), c));
        contacts.removeIf(c -> !wanted.containsKey(c.name()));
        Map<String, Contact> kept = new HashMap<>();
        contacts.forEach(c -> kept.put(c.name(), c));
        int position = 0;
        for (ContactView contact : checked) {
            Contact existing = kept.get(contact.name());
            if (existing != null) {
                existing.set(position, contact);
            } else {
                contacts.add(new Contact(this, position, contact));
            }
            position++;
        }
        contacts.sort(Comparator.comparingInt(Contact::position));
    }

    /** Where letters and reminders go (api-contract.md), given the company's language. */
    public ReminderRecipient reminderRecipient(String companyLanguage) {
        return ReminderRecipients.choose(contactViews(), email, language, companyLanguage);
    }

    private List<ContactView> contactViews() {
        return contacts.stream().map(Contact::toView).toList();
    }

    public Long id() {
        return id;
    }

    public String company() {
        return company;
    }

    public String account() {
        return account;
    }

    public String name() {
        return name;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public String language() {
        return language;
    }

    public String group() {
        return group;
    }

    public String region() {
        return region;
    }

    public Integer paymentTermsDays() {
        return paymentTermsDays;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String responsibleEmployee() {
        return responsibleEmployee;
    }

    public long version() {
        return version;
    }

    /** The customer as callers see it; the company's language completes where reminders go. */
    public CustomerView toView(String companyLanguage) {
        List<ContactView> views = contactViews();
        return new CustomerView(company, account, name, currency, language, group, region, paymentTermsDays,
                creditLimit == null ? null : Money.of(creditLimit, currency()), email, phone, responsibleEmployee,
                views, ReminderRecipients.choose(views, email, language, companyLanguage), version);
    }
}
