package org.dunwell.ledger.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.InputLimits;
import org.dunwell.ledger.api.JobClaims;
import org.dunwell.ledger.domain.jobs.JobClaimRepository;

/** Claims of scheduled work, each in a transaction of its own so that a claim holds once it is answered. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JobClaimService implements JobClaims {

    private JobClaimRepository claims;
    private BusinessClock clock;

    protected JobClaimService() {
    }

    @Inject
    public JobClaimService(JobClaimRepository claims, BusinessClock clock) {
        this.claims = claims;
        this.clock = clock;
    }

    @Override
    public boolean claim(String job, String company, LocalDate businessDate, String claimant) {
        InputLimits.key("job", job, InputLimits.KEY_MAX_LENGTH);
        InputLimits.key("company", company, InputLimits.KEY_MAX_LENGTH);
        return claims.insertIfAbsent(job, company, businessDate, claimant, clock.now());
    }
}
