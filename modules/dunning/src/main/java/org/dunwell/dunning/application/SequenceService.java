package org.dunwell.dunning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.dunwell.dunning.api.LetterSequenceView;
import org.dunwell.dunning.api.LetterSequences;
import org.dunwell.dunning.domain.sequence.CustomerSequence;
import org.dunwell.dunning.domain.sequence.LetterSequence;
import org.dunwell.dunning.domain.sequence.SequenceRepository;
import org.dunwell.dunning.domain.sequence.SequenceRules;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.CompanyCode;
import org.dunwell.kernel.api.InputLimits;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.StaleVersionException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.Companies;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerView;
import org.dunwell.ledger.api.Customers;

/** Letter sequences and which one a customer follows; every change audited with its reason. */
@ApplicationScoped
@Transactional
public class SequenceService implements LetterSequences {

    private SequenceRepository repository;
    private Companies companies;
    private Customers customers;
    private DunningLog log;
    private BusinessClock clock;

    protected SequenceService() {
    }

    @Inject
    public SequenceService(SequenceRepository repository, Companies companies, Customers customers, DunningLog log,
                           BusinessClock clock) {
        this.repository = repository;
        this.companies = companies;
        this.customers = customers;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public LetterSequenceView put(String company, LetterSequenceView sequence, Long expectedVersion, String reason,
                                  UserName actor) {
        String why = InputLimits.reason("reason", reason);
        String language = companies.get(CompanyCode.of(company)).language();
        LetterSequenceView checked = SequenceRules.checked(company, sequence == null ? null : sequence.code(),
                sequence, language);
        for (LetterSequenceView.Level level : checked.levels()) {
            if (level.interestCode() != null && repository.interestCode(company, level.interestCode()).isEmpty()) {
                throw InvalidInputException.ofField("levels[" + (level.level() - 1) + "].interestCode",
                        "no interest code " + level.interestCode() + " in company " + company);
            }
        }
        LetterSequence stored = repository.find(company, checked.code()).orElse(null);
        String before = null;
        if (stored == null) {
            if (expectedVersion != null) {
                throw new NotFoundException("letter sequence", checked.code());
            }
            stored = new LetterSequence(company, checked.code(), actor.value(), clock.now());
            stored.define(checked);
            repository.store(stored);
        } else {
            if (expectedVersion == null || stored.version() != expectedVersion) {
                throw new StaleVersionException("letter sequence", checked.code(),
                        expectedVersion == null ? -1 : expectedVersion, stored.version());
            }
            before = describe(stored.toView());
            stored.define(checked);
        }
        if (checked.companyDefault()) {
            for (LetterSequence other : repository.list(company)) {
                if (other != stored && other.companyDefault()) {
                    other.notDefault();
                    log.setup(company, "letter-sequence", other.code(), "changed", "company default", "not default",
                            checked.code() + " is the default now", actor);
                }
            }
        }
        repository.flush();
        log.setup(company, "letter-sequence", checked.code(), before == null ? "created" : "changed", before,
                describe(stored.toView()), why, actor);
        return stored.toView();
    }

    private static String describe(LetterSequenceView v) {
        StringBuilder text = new StringBuilder(v.scope() + ", " + v.escalation()
                + (v.companyDefault() ? ", company default" : "") + ", groups " + v.customerGroups() + ", levels");
        for (LetterSequenceView.Level l : v.levels()) {
            text.append(" ").append(l.level()).append(":").append(l.days()).append("d")
                    .append(l.blockCustomer() ? " block" : "").append(l.agencyHandover() ? " handover" : "")
                    .append(l.amounts().stream().map(a -> " " + a.currency() + " fee " + a.fee().toPlainString()
                            + " min " + a.minimumOverdue().toPlainString()).reduce("", String::concat));
        }
        return text.toString();
    }

    @Override
    public LetterSequenceView get(String company, String code) {
        return repository.find(company, code).orElseThrow(() -> new NotFoundException("letter sequence", code))
                .toView();
    }

    @Override
    public List<LetterSequenceView> list(String company) {
        return repository.list(company).stream().map(LetterSequence::toView).toList();
    }

    @Override
    public String assign(String company, String account, String sequence, String reason, CustomerScope scope,
                         UserName actor) {
        String why = InputLimits.reason("reason", reason);
        CustomerView customer = customers.get(company, account, scope);
        if (sequence != null && repository.find(company, sequence).isEmpty()) {
            throw InvalidInputException.ofField("sequence", "no letter sequence " + sequence + " in company "
                    + company);
        }
        CustomerSequence assigned = repository.assignment(company, customer.account()).orElse(null);
        String before = assigned == null ? null : assigned.sequence();
        if (sequence == null) {
            if (assigned != null) {
                repository.remove(assigned);
            }
        } else if (assigned == null) {
            repository.store(new CustomerSequence(company, customer.account(), sequence, actor.value(), clock.now()));
        } else {
            assigned.reassign(sequence, actor.value(), clock.now());
        }
        repository.flush();
        log.customer(company, customer.account(), "letter-sequence-assigned", "letter sequence",
                (before == null ? "" : before + " -> ") + (sequence == null ? "group's or company default" : sequence),
                why, actor);
        return sequence;
    }

    @Override
    public SequenceChoice sequenceOf(String company, String account, CustomerScope scope) {
        CustomerView customer = customers.get(company, account, scope);
        SequenceChooser chooser = new SequenceChooser(repository.list(company),
                repository.assignments(company, List.of(customer.account())));
        return chooser.choose(customer.account(), customer.group());
    }
}
