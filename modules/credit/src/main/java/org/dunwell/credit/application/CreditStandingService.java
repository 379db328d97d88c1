package org.dunwell.credit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dunwell.credit.api.CreditStanding;
import org.dunwell.credit.api.CreditStandings;
import org.dunwell.credit.domain.CreditLimitGroup;
import org.dunwell.credit.domain.CreditLimitRequest;
import org.dunwell.credit.domain.CreditLine;
import org.dunwell.credit.domain.CreditProfile;
import org.dunwell.credit.domain.CreditRepository;
import org.dunwell.credit.domain.LimitGrant;
import org.dunwell.credit.domain.LimitSchedule;
import org.dunwell.kernel.api.Money;

/**
 * Credit standings in bulk: the customers' profiles and approved limits in two queries, the
 * line of each as the credit check sees it (a limit group's members: the group's limit against
 * the group's exposure).
 */
@ApplicationScoped
@Transactional
public class CreditStandingService implements CreditStandings {

    private CreditRepository repository;
    private CreditPositions positions;

    protected CreditStandingService() {
    }

    @Inject
    public CreditStandingService(CreditRepository repository, CreditPositions positions) {
        this.repository = repository;
        this.positions = positions;
    }

    @Override
    public List<CreditStanding> standings(String company, List<Basis> customers, LocalDate asOf) {
        if (customers.isEmpty()) {
            return List.of();
        }
        List<String> accounts = customers.stream().map(Basis::account).toList();
        Map<String, CreditProfile> profiles = new HashMap<>();
        repository.findProfiles(company, accounts).forEach(p -> profiles.put(p.account(), p));
        Map<String, List<LimitGrant>> grants = new HashMap<>();
        for (CreditLimitRequest r : repository.approvedRequestsFor(company, accounts)) {
            grants.computeIfAbsent(r.account(), a -> new ArrayList<>()).add(r.grant());
        }
        Map<String, Money> approved = positions.approvedOrders(company, accounts, asOf);
        Map<String, Optional<CreditLine>> groupLines = new HashMap<>();
        List<CreditStanding> out = new ArrayList<>(customers.size());
        for (Basis customer : customers) {
            CreditProfile profile = profiles.get(customer.account());
            Money exposure = CreditPosition.exposureOf(customer.balance(), profile, approved.get(customer.account()));
            CreditLine line = CreditPosition.line(profile, new LimitSchedule(customer.masterCreditLimit(),
                    grants.getOrDefault(customer.account(), List.of())).limitOn(asOf), exposure);
            if (profile != null && profile.limitGroup() != null) {
                line = groupLines.computeIfAbsent(profile.limitGroup(), name -> repository.findGroup(company, name)
                        .map(g -> groupLine(company, g, profile, asOf))).orElse(line);
            }
            Money available = line.available();
            out.add(new CreditStanding(customer.account(), line.checked() ? line.effectiveLimit() : null, available,
                    available != null && available.signum() < 0, profile == null ? null : profile.riskScore(),
                    profile == null ? null : profile.riskGroup(), profile != null && profile.holdReason() != null));
        }
        return out;
    }

    private CreditLine groupLine(String company, CreditLimitGroup group, CreditProfile member, LocalDate asOf) {
        return CreditPosition.line(member, group.limit(), positions.groupExposure(company, group, asOf));
    }
}
