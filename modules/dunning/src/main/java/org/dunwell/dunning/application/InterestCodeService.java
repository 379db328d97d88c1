package org.dunwell.dunning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.dunwell.dunning.api.InterestCodeView;
import org.dunwell.dunning.api.InterestCodes;
import org.dunwell.dunning.domain.interest.InterestCode;
import org.dunwell.dunning.domain.interest.InterestRate;
import org.dunwell.dunning.domain.interest.InterestTerms;
import org.dunwell.dunning.domain.sequence.SequenceRepository;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.InputLimits;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.StaleVersionException;
import org.dunwell.kernel.api.UserName;

/** Interest codes; every change audited with its reason. */
@ApplicationScoped
@Transactional
public class InterestCodeService implements InterestCodes {

    private SequenceRepository repository;
    private DunningLog log;
    private BusinessClock clock;

    protected InterestCodeService() {
    }

    @Inject
    public InterestCodeService(SequenceRepository repository, DunningLog log, BusinessClock clock) {
        this.repository = repository;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public InterestCodeView put(String company, InterestCodeView code, Long expectedVersion, String reason,
                                UserName actor) {
        String why = InputLimits.reason("reason", reason);
        if (code == null) {
            throw InvalidInputException.ofField("rates", "are required");
        }
        String key = InputLimits.key("code", code.code(), InputLimits.KEY_MAX_LENGTH);
        if (code.basis() == null || code.calculation() == null) {
            throw InvalidInputException.ofField(code.basis() == null ? "basis" : "calculation", "is required");
        }
        if (code.rates() == null || code.rates().isEmpty()) {
            throw InvalidInputException.ofField("rates", "at least one rate is required");
        }
        InterestTerms terms = new InterestTerms(code.rates().stream().map(r -> new InterestRate(r.validFrom(),
                r.validTo(), r.amountFrom(), r.amountTo(), r.percent())).toList(), code.basis(), code.calculation(),
                code.minimumInterest() == null ? null : InputLimits.amount("minimumInterest", code.minimumInterest()));
        InterestCode stored = repository.interestCode(company, key).orElse(null);
        String before = null;
        if (stored == null) {
            if (expectedVersion != null) {
                throw new NotFoundException("interest code", key);
            }
            stored = new InterestCode(company, key, actor.value(), clock.now());
            repository.store(stored);
        } else {
            if (expectedVersion == null || stored.version() != expectedVersion) {
                throw new StaleVersionException("interest code", key, expectedVersion == null ? -1 : expectedVersion,
                        stored.version());
            }
            before = stored.toView().toString();
        }
        stored.define(code.description() == null ? null : InputLimits.text("description", code.description(), 200),
                terms, code.onFees(), code.onInterest());
        repository.flush();
        log.setup(company, "interest-code", key, before == null ? "created" : "changed", before,
                stored.toView().toString(), why, actor);
        return stored.toView();
    }

    @Override
    public InterestCodeView get(String company, String code) {
        return repository.interestCode(company, code).orElseThrow(() -> new NotFoundException("interest code", code))
                .toView();
    }

    @Override
    public List<InterestCodeView> list(String company) {
        return repository.interestCodes(company).stream().map(InterestCode::toView).toList();
    }
}
