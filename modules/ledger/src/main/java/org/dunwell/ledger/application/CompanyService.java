package org.dunwell.ledger.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.CompanyCode;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.StaleVersionException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.AuditTrail;
import org.dunwell.ledger.api.Companies;
import org.dunwell.ledger.api.CompanyDraft;
import org.dunwell.ledger.api.CompanyView;
import org.dunwell.ledger.domain.company.Company;
import org.dunwell.ledger.domain.company.CompanyRepository;

/** Creates, reads and changes companies; every change lands in the audit trail. */
@ApplicationScoped
@Transactional
public class CompanyService implements Companies {

    private static final String SUBJECT = "company";

    private CompanyRepository companies;
    private AuditTrail audit;
    private BusinessClock clock;

    protected CompanyService() {
    }

    @Inject
    public CompanyService(CompanyRepository companies, AuditTrail audit, BusinessClock clock) {
        this.companies = companies;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public CompanyView get(CompanyCode code) {
        return load(code).toView();
    }

    @Override
    public Optional<CompanyView> find(CompanyCode code) {
        return companies.find(code).map(Company::toView);
    }

    /** Here, not only as the interface's default: so that it runs in one transaction like the other methods. */
    @Override
    public java.util.List<String> codes() {
        return Companies.super.codes();
    }

    @Override
    public Page<CompanyView> list(PageRequest page) {
        page.requireSortAmong(List.of("code"));
        List<CompanyView> items = companies.list(page.offset(), page.size()).stream().map(Company::toView).toList();
        return Page.of(items, page, companies.count());
    }

    @Override
    public CompanyView create(CompanyCode code, CompanyDraft draft, UserName actor, String reason) {
        if (draft.accountingCurrency() == null) {
            throw InvalidInputException.ofField("accountingCurrency", "is required");
        }
        if (companies.find(code).isPresent()) {
            throw new ConflictException("company '" + code + "' already exists");
        }
        Company company = new Company(code, draft.name(), draft.accountingCurrency());
        if (draft.settlementOrder() != null) {
            company.orderSettlementsBy(draft.settlementOrder());
        }
        if (draft.language() != null) {
            company.speak(draft.language());
        }
        companies.store(company);
        audit.record(new AuditEntry(code.value(), SUBJECT, code.value(), "created", null, null,
                company.name() + " (" + company.accountingCurrency() + ")", reason, actor.value(), clock.now()));
        companies.flush();
        return company.toView();
    }

    @Override
    public CompanyView update(CompanyCode code, long expectedVersion, CompanyDraft changes, UserName actor,
                              String reason) {
        Company company = load(code);
        if (company.version() != expectedVersion) {
            throw new StaleVersionException(SUBJECT, code, expectedVersion, company.version());
        }
        List<AuditEntry> entries = new ArrayList<>();
        if (changes.name() != null && !changes.name().trim().equals(company.name())) {
            String old = company.name();
            company.rename(changes.name());
            entries.add(change(code, "name", old, company.name(), reason, actor));
        }
        if (changes.accountingCurrency() != null
                && !Objects.equals(changes.accountingCurrency(), company.accountingCurrency())) {
            String old = company.accountingCurrency().getCurrencyCode();
            company.changeAccountingCurrency(changes.accountingCurrency());
            entries.add(change(code, "accountingCurrency", old, changes.accountingCurrency().getCurrencyCode(),
                    reason, actor));
        }
        if (changes.settlementOrder() != null) {
            String old = company.settlementOrder();
            company.orderSettlementsBy(changes.settlementOrder());
            if (!old.equals(company.settlementOrder())) {
                entries.add(change(code, "settlementOrder", old, company.settlementOrder(), reason, actor));
            }
        }
        if (changes.language() != null) {
            String old = company.language();
            company.speak(changes.language());
            if (!old.equals(company.language())) {
                entries.add(change(code, "language", old, company.language(), reason, actor));
            }
        }
        audit.recordAll(entries);
        companies.flush();
        return company.toView();
    }

    private AuditEntry change(CompanyCode code, String field, String old, String now, String reason, UserName actor) {
        return new AuditEntry(code.value(), SUBJECT, code.value(), "updated", field, old, now, reason, actor.value(),
                clock.now());
    }

    private Company load(CompanyCode code) {
        return companies.find(code).orElseThrow(() -> new NotFoundException("company", code));
    }
}
