package org.dunwell.credit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dunwell.credit.domain.CreditInsurance;
import org.dunwell.credit.domain.CreditLimitGroup;
import org.dunwell.credit.domain.CreditLimitRequest;
import org.dunwell.credit.domain.CreditLine;
import org.dunwell.credit.domain.CreditProfile;
import org.dunwell.credit.domain.CreditRepository;
import org.dunwell.credit.domain.CreditSettings;
import org.dunwell.credit.domain.LimitSchedule;
import org.dunwell.credit.domain.OrderCreditCheck;
import org.dunwell.kernel.api.Money;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.ReceivableFigureQueries;
import org.dunwell.ledger.api.ReceivableFigures;
import org.dunwell.ledger.api.VisibleCustomers;

/** Builds a customer's {@link CreditPosition} from the ledger's figures and the credit settings. */
@ApplicationScoped
public class CreditPositions {

    private CreditRepository repository;
    private ReceivableFigureQueries figures;
    private VisibleCustomers visible;

    protected CreditPositions() {
    }

    @Inject
    public CreditPositions(CreditRepository repository, ReceivableFigureQueries figures, VisibleCustomers visible) {
        this.repository = repository;
        this.figures = figures;
        this.visible = visible;
    }

    /** The position of a customer the caller's scope sees; hidden or unknown: not found. */
    CreditPosition of(String company, String account, LocalDate asOf, CustomerScope scope) {
        requireVisible(company, account, scope);
        return of(company, account, asOf);
    }

    /**
     * Nothing when the scope sees the customer; otherwise not found (from the ledger). A scope that sees
     * everyone asks nothing: for callers whose figures lookup follows, which finds an unknown customer.
     */
    void requireVisible(String company, String account, CustomerScope scope) {
        if (!scope.all()) {
            visible.require(company, account, scope);
        }
    }

    /** Nothing when the customer exists and the scope sees it; otherwise not found: for callers no lookup follows. */
    void requireKnown(String company, String account, CustomerScope scope) {
        visible.require(company, account, scope);
    }

    /** For the module's own work (a request's or a check's customer). Unknown account: not found (from the ledger). */
    CreditPosition of(String company, String account, LocalDate asOf) {
        ReceivableFigures own = figures.ofCustomer(company, account, asOf);
        CreditProfile profile = repository.findProfile(company, account).orElse(null);
        return of(own, profile, schedule(company, own), asOf);
    }

    CreditPosition of(ReceivableFigures own, CreditProfile profile, LimitSchedule schedule, LocalDate asOf) {
        String company = own.company();
        Money approved = approvedOrders(company, List.of(own.account()), asOf).getOrDefault(own.account(),
                Money.zero(own.balance().currency()));
        Money exposure = CreditPosition.exposureOf(own, profile, approved);
        CreditInsurance insurance = repository.findInsurance(company, own.account()).orElse(null);
        CreditLimitGroup group = profile == null || profile.limitGroup() == null ? null
                : repository.findGroup(company, profile.limitGroup()).orElse(null);
        if (group == null) {
            CreditLine line = CreditPosition.line(profile, schedule.limitOn(asOf), exposure);
            return new CreditPosition(asOf, own, profile, schedule, approved, exposure, null, line, insurance);
        }
        Money together = groupExposure(company, group, asOf);
        CreditLine line = CreditPosition.line(profile, group.limit(), together);
        return new CreditPosition(asOf, own, profile, schedule, approved, exposure, together, line, insurance);
    }

    /** Every member's own exposure added up (members share the group's currency). */
    Money groupExposure(String company, CreditLimitGroup group, LocalDate asOf) {
        Money total = Money.zero(group.currency());
        List<CreditProfile> members = repository.membersOf(company, group.name());
        Map<String, Money> approved = approvedOrders(company, members.stream().map(CreditProfile::account).toList(),
                asOf);
        for (CreditProfile member : members) {
            ReceivableFigures f = figures.ofCustomer(company, member.account(), asOf);
            total = total.plus(CreditPosition.exposureOf(f, member, approved.get(member.account())));
        }
        return total;
    }

    /** The company's days an approved order counts; read only (a read path writes nothing: the default). */
    int approvedOrderDays(String company) {
        return repository.findSettings(company).map(CreditSettings::approvedOrderDays)
                .orElse(CreditSettings.DEFAULT_APPROVED_ORDER_DAYS);
    }

    /**
     * The approved orders of these accounts the ERP has not reported yet, checked within the company's
     * {@code approvedOrderDays} before {@code asOf}, added up per account (each order once: a re-check
     * replaces its amount).
     */
    Map<String, Money> approvedOrders(String company, Collection<String> accounts, LocalDate asOf) {
        LocalDate since = asOf.minusDays(approvedOrderDays(company) - 1L);
        Map<String, Money> totals = new HashMap<>();
        for (OrderCreditCheck check : repository.openApprovedOrders(company, accounts, since)) {
            if (check.countsAsOpenOrder(since) && !check.checkedOnAfter(asOf)) {
                totals.merge(check.account(), check.amount(), Money::plus);
            }
        }
        return totals;
    }

    LimitSchedule schedule(String company, ReceivableFigures own) {
        List<CreditLimitRequest> approved = repository.approvedRequestsFor(company, List.of(own.account()));
        return new LimitSchedule(own.initialCreditLimit(), approved.stream().map(CreditLimitRequest::grant).toList());
    }
}
