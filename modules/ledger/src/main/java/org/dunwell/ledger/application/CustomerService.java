package org.dunwell.ledger.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.dunwell.kernel.api.AccountNumber;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.CompanyCode;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.StaleVersionException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.AuditTrail;
import org.dunwell.ledger.api.CustomerDraft;
import org.dunwell.ledger.api.CustomerFilter;
import org.dunwell.ledger.api.CustomerLocks;
import org.dunwell.ledger.api.CustomerNames;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerView;
import org.dunwell.ledger.api.Customers;
import org.dunwell.ledger.api.VisibleCustomers;
import org.dunwell.ledger.domain.company.Company;
import org.dunwell.ledger.domain.company.CompanyRepository;
import org.dunwell.ledger.domain.customer.Customer;
import org.dunwell.ledger.domain.customer.CustomerRepository;
import org.dunwell.ledger.infrastructure.JpaCustomerRepository;

/** Customer master data through the API; every change is audited field by field. */
@ApplicationScoped
@Transactional
public class CustomerService implements Customers, VisibleCustomers, CustomerLocks, CustomerNames {

    private static final String SUBJECT = "customer";

    private CustomerRepository customers;
    private CompanyRepository companies;
    private AuditTrail audit;
    private BusinessClock clock;

    protected CustomerService() {
    }

    @Inject
    public CustomerService(CustomerRepository customers, CompanyRepository companies, AuditTrail audit,
                           BusinessClock clock) {
        this.customers = customers;
        this.companies = companies;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public CustomerView get(String company, String account) {
        return load(company, account).toView(language(company));
    }

    @Override
    public CustomerView get(String company, String account, CustomerScope scope) {
        CustomerView customer = get(company, account);
        if (!scope.includes(customer)) {
            throw new NotFoundException("customer", account);
        }
        return customer;
    }

    @Override
    public void require(String company, String account, CustomerScope scope) {
        if (account == null || account.isBlank()) {
            throw InvalidInputException.ofField("account", "is required");
        }
        get(company, account.trim(), scope);
    }

    @Override
    public Page<CustomerView> list(CustomerFilter filter, PageRequest page) {
        page.requireSortAmong(JpaCustomerRepository.SORT.keySet());
        Map<String, String> languages = new HashMap<>();
        List<CustomerView> items = customers.list(filter, page.offset(), page.size(),
                page.sort().map(PageRequest.Sort::field).orElse(null),
                page.sort().map(PageRequest.Sort::ascending).orElse(true)).stream()
                .map(c -> c.toView(languages.computeIfAbsent(c.company(), this::language))).toList();
        return Page.of(items, page, customers.count(filter));
    }

    @Override
    public CustomerView create(String company, String account, CustomerDraft draft, UserName actor) {
        String code = CompanyCode.of(company).value();
        String key = AccountNumber.of(account).value();
        String companyLanguage = companies.find(CompanyCode.of(code)).map(Company::language)
                .orElseThrow(() -> new NotFoundException("company", code));
        if (draft.currency() == null) {
            throw InvalidInputException.ofField("currency", "is required");
        }
        if (customers.find(code, key).isPresent()) {
            throw new ConflictException("customer '" + key + "' already exists in company " + code);
        }
        var currency = Money.currency(draft.currency());
        Customer customer = new Customer(code, key, draft.name(), currency,
                draft.creditLimit() == null ? null : Money.of(draft.creditLimit(), currency), actor.value(),
                clock.now());
        apply(customer, draft, e -> { });
        customers.store(customer);
        audit.record(new AuditEntry(code, SUBJECT, key, "created", null, null, customer.name(), null, actor.value(),
                clock.now()));
        customers.flush();
        return customer.toView(companyLanguage);
    }

    @Override
    public CustomerView update(String company, String account, long expectedVersion, CustomerDraft changes,
                               UserName actor, String reason) {
        Customer customer = load(company, account);
        if (customer.version() != expectedVersion) {
            throw new StaleVersionException(SUBJECT, account, expectedVersion, customer.version());
        }
        if (changes.currency() != null && !Money.currency(changes.currency()).equals(customer.currency())) {
            throw InvalidInputException.ofField("currency", "a customer's currency cannot change");
        }
        if (changes.creditLimit() != null) {
            throw InvalidInputException.ofField("creditLimit", "changes through a credit limit request");
        }
        List<AuditEntry> entries = new ArrayList<>();
        apply(customer, changes, field -> entries.add(field));
        entries.replaceAll(e -> new AuditEntry(customer.company(), SUBJECT, customer.account(), "updated", e.field(),
                e.oldValue(), e.newValue(), reason, actor.value(), clock.now()));
        audit.recordAll(entries);
        customers.flush();
        return customer.toView(language(customer.company()));
    }

    /** Applies the given (non-null) fields, reporting each change as an audit entry without subject. */
    private static void apply(Customer customer, CustomerDraft draft, Consumer<AuditEntry> changed) {
        change("name", customer.name(), draft.name(), changed, customer::rename);
        change("language", customer.language(), draft.language(), changed, customer::setLanguage);
        change("group", customer.group(), draft.group(), changed, customer::setGroup);
        change("region", customer.region(), draft.region(), changed, customer::setRegion);
        if (draft.paymentTermsDays() != null && !draft.paymentTermsDays().equals(customer.paymentTermsDays())) {
            changed.accept(entry("paymentTermsDays", String.valueOf(customer.paymentTermsDays()),
                    draft.paymentTermsDays().toString()));
            customer.setPaymentTermsDays(draft.paymentTermsDays());
        }
        change("email", customer.email(), draft.email(), changed, customer::setEmail);
        change("phone", customer.phone(), draft.phone(), changed, customer::setPhone);
        change("responsibleEmployee", customer.responsibleEmployee(), draft.responsibleEmployee(), changed,
                customer::setResponsibleEmployee);
        if (draft.contacts() != null) {
            String before = customer.toView(null).contacts().toString();
            customer.replaceContacts(draft.contacts());
            String after = customer.toView(null).contacts().toString();
            if (!before.equals(after)) {
                changed.accept(entry("contacts", before, after));
            }
        }
    }

    private static void change(String field, String old, String given, Consumer<AuditEntry> changed,
                               Consumer<String> setter) {
        if (given != null && !Objects.equals(old, given)) {
            changed.accept(entry(field, old, given));
            setter.accept(given);
        }
    }

    private static AuditEntry entry(String field, String old, String now) {
        return new AuditEntry(null, null, null, null, field, old, now, null, null, null);
    }

    /** The company's language (the last fallback of where reminders go); companies are few and cached by JPA. */
    private String language(String company) {
        return companies.find(CompanyCode.of(company)).map(Company::language).orElse(Company.DEFAULT_LANGUAGE);
    }

    private Customer load(String company, String account) {
        return customers.find(company, account).orElseThrow(() -> new NotFoundException("customer", account));
    }

    @Override
    public void lock(String company, String account) {
        customers.findForUpdate(company, account).orElseThrow(() -> new NotFoundException("customer", account));
    }

    @Override
    public Map<String, String> names(String company, Collection<String> accounts) {
        Map<String, String> names = new HashMap<>();
        customers.findAll(company, accounts).forEach(c -> names.put(c.account(), c.name()));
        return names;
    }
}
