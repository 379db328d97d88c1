package org.dunwell.integrations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.dunwell.credit.api.CreditProfileView;
import org.dunwell.credit.api.CreditProfiles;
import org.dunwell.integrations.api.CoverApplication;
import org.dunwell.integrations.api.CoverRequestView;
import org.dunwell.integrations.api.InsuranceCovers;
import org.dunwell.integrations.api.InsuranceSubject;
import org.dunwell.integrations.api.InsurerDecision;
import org.dunwell.integrations.api.InsurerGateway;
import org.dunwell.integrations.api.PluginConfigurations;
import org.dunwell.integrations.domain.BureauReportStore;
import org.dunwell.integrations.domain.BuyerIdentity;
import org.dunwell.integrations.domain.CoverRequestStore;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InputLimits;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.RuleViolationException;
import org.dunwell.kernel.api.UnavailableException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerView;
import org.dunwell.ledger.api.Customers;

/**
 * Asks the company's enabled insurer plugin for cover, or where it stands on cover asked before, outside any
 * transaction (a slow insurer holds no lock and no connection); then records the answer and what it does to the
 * customer's credit insurance in one ({@link InsuranceCoverRecorder}).
 */
@ApplicationScoped
public class InsuranceCoverService implements InsuranceCovers {

    private static final int REASON_MAX = 500;

    private Customers customers;
    private PluginConfigurations configurations;
    private InsurerGateway insurers;
    private CoverRequestStore store;
    private BureauReportStore bureauReports;
    private CreditProfiles profiles;
    private InsuranceCoverRecorder recorder;
    private BusinessClock clock;

    protected InsuranceCoverService() {
    }

    @Inject
    public InsuranceCoverService(Customers customers, PluginConfigurations configurations, InsurerGateway insurers,
                                 CoverRequestStore store, BureauReportStore bureauReports, CreditProfiles profiles,
                                 InsuranceCoverRecorder recorder, BusinessClock clock) {
        this.customers = customers;
        this.configurations = configurations;
        this.insurers = insurers;
        this.store = store;
        this.bureauReports = bureauReports;
        this.profiles = profiles;
        this.recorder = recorder;
        this.clock = clock;
    }

    @Override
    public CoverRequestView request(String company, String account, CoverApplication application,
                                    CustomerScope scope, UserName actor) {
        CustomerView customer = customers.get(company, account, scope);
        if (application == null) {
            throw InvalidInputException.ofField("amount", "is required");
        }
        Money amount = amount(application.amount(), customer.currency());
        String reason = application.reason() == null ? "" : application.reason().trim();
        if (reason.isEmpty() || reason.length() > REASON_MAX) {
            throw InvalidInputException.ofField("reason", "is required, at most " + REASON_MAX + " characters");
        }
        Optional<BuyerIdentity> last = store.latest(company, account)
                .map(cover -> new BuyerIdentity(cover.registrationNumber(), cover.country()))
                .or(() -> bureauReports.latest(company, account)
                        .map(report -> new BuyerIdentity(report.registrationNumber(), report.country())));
        BuyerIdentity buyer = BuyerIdentity.of(application.registrationNumber(), application.country(),
                "cover request", last);
        String plugin = EnabledPlugins.first(insurers.insurerPlugins(), configurations, company, "no-insurer-plugin",
                "credit insurance");
        CreditProfileView.Insurance current = profiles.profile(company, account, clock.today(), scope).insurance();
        String existing = current != null && plugin.equals(current.insurer()) ? current.policy() : null;
        InsurerDecision decision = insurers.requestCover(company, plugin, new InsuranceSubject(account,
                customer.name(), buyer.registrationNumber(), buyer.country(), amount, existing));
        return recorder.recordRequest(customer, plugin, amount, buyer.registrationNumber(), buyer.country(), decision,
                reason, scope, actor);
    }

    @Override
    public CoverRequestView refresh(String company, long id, CustomerScope scope, UserName actor) {
        CoverRequestView request = get(company, id, scope);
        if (request.state().closed()) {
            throw new ConflictException("cover request " + id + " is " + request.state() + ": the insurer has closed"
                    + " it; ask for cover anew");
        }
        InsurerDecision decision = insurers.coverStatus(company, request.plugin(), request.coverReference());
        return recorder.recordDecision(request, decision, scope, actor);
    }

    @Override
    public int refreshPending(String company, int limit, UserName actor) {
        boolean enabled = insurers.insurerPlugins().stream()
                .anyMatch(plugin -> configurations.enabled(company, plugin).isPresent());
        if (!enabled) {
            return 0;
        }
        int decided = 0;
        // the ids first: a request that stays pending must not be met again in the same round
        List<CoverRequestView> waiting = store.pending(company, PageRequest.first(limit)).items();
        for (CoverRequestView request : waiting) {
            try {
                CoverRequestView now = recorder.recordDecision(request,
                        insurers.coverStatus(company, request.plugin(), request.coverReference()), CustomerScope.ALL,
                        actor);
                if (now.version() != request.version()) {
                    decided++;
                }
            } catch (ConflictException someoneElse) {
                // refreshed by another user or server at the same moment: theirs stands
            } catch (UnavailableException | RuleViolationException insurerAway) {
                break;
            }
        }
        return decided;
    }

    @Override
    public int receive(String company, String plugin, List<InsurerDecision> decisions, UserName actor) {
        int decided = 0;
        for (InsurerDecision decision : decisions) {
            Optional<CoverRequestView> held = store.byReference(company, plugin, decision.coverReference());
            if (held.isEmpty() || held.get().state().closed()) {
                continue;
            }
            try {
                CoverRequestView now = recorder.recordDecision(held.get(), decision, CustomerScope.ALL, actor);
                if (now.version() != held.get().version()) {
                    decided++;
                }
            } catch (ConflictException someoneElse) {
                // refreshed at the same moment: that decision stands, this one is read again by the next refresh
            }
        }
        return decided;
    }

    @Override
    public CoverRequestView get(String company, long id, CustomerScope scope) {
        CoverRequestView request = store.find(company, id)
                .orElseThrow(() -> new NotFoundException("cover request", Long.toString(id)));
        return VisibleRecords.require(request, customers, company, request.account(), scope, "cover request", id);
    }

    @Override
    public Page<CoverRequestView> covers(String company, String account, CustomerScope scope, PageRequest page) {
        customers.get(company, account, scope);
        return store.list(company, account, page);
    }

    @Override
    public Page<CoverRequestView> pending(String company, PageRequest page) {
        return store.pending(company, page);
    }

    private static Money amount(String text, String currency) {
        BigDecimal value = InputLimits.amount("amount", text);
        if (value == null || value.signum() <= 0) {
            throw InvalidInputException.ofField("amount", "is required and must be more than zero");
        }
        try {
            return Money.of(value, Money.currency(currency));
        } catch (RuntimeException e) {
            throw InvalidInputException.ofField("amount", e.getMessage());
        }
    }
}
