package org.dunwell.integrations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.dunwell.credit.api.CreditProfileView;
import org.dunwell.credit.api.CreditProfiles;
import org.dunwell.integrations.api.CoverRequestView;
import org.dunwell.integrations.api.InsuranceCovers;
import org.dunwell.integrations.api.InsurerDecision;
import org.dunwell.integrations.domain.CoverEffect;
import org.dunwell.integrations.domain.CoverRequestStore;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.AuditTrail;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerView;

/**
 * Records an insurer's answer on a cover request and, in the same transaction, what it does to the customer's credit
 * insurance ({@link CoverEffect}); the request's version makes sure two refreshes of the same request (two users, two
 * servers) never both apply a decision.
 */
@ApplicationScoped
@Transactional
public class InsuranceCoverRecorder {

    private CoverRequestStore store;
    private CreditProfiles profiles;
    private AuditTrail audit;
    private BusinessClock clock;

    protected InsuranceCoverRecorder() {
    }

    @Inject
    public InsuranceCoverRecorder(CoverRequestStore store, CreditProfiles profiles, AuditTrail audit,
                                  BusinessClock clock) {
        this.store = store;
        this.profiles = profiles;
        this.audit = audit;
        this.clock = clock;
    }

    public CoverRequestView recordRequest(CustomerView customer, String plugin, Money amount, String registration,
                                          String country, InsurerDecision decision, String reason,
                                          CustomerScope scope, UserName actor) {
        String company = customer.company();
        String account = customer.account();
        Instant at = clock.now();
        CoverEffect effect = effectOf(company, account, plugin, customer.currency(), decision, scope);
        carryOut(company, account, plugin, effect, decision, scope, actor);
        audit.record(new AuditEntry(company, InsuranceCovers.AUDIT_SUBJECT, account, "requested", "cover", null,
                describe(decision), "asked " + plugin + " to cover " + amount + ": " + reason + "; " + effect.outcome(),
                actor.value(), at));
        long id = store.insert(new CoverRequestStore.NewRequest(company, account, plugin, amount, registration, country,
                decision, effect.outcome(), reason, actor.value(), at));
        return store.find(company, id).orElseThrow();
    }

    /** A new answer on the request: recorded and applied when it differs from the one held, else left alone. */
    public CoverRequestView recordDecision(CoverRequestView request, InsurerDecision decision, CustomerScope scope,
                                           UserName actor) {
        if (sameAsHeld(request, decision)) {
            return request;
        }
        String company = request.company();
        String account = request.account();
        Instant at = clock.now();
        CoverEffect effect = effectOf(company, account, request.plugin(), request.requestedAmount().currency()
                .getCurrencyCode(), decision, scope);
        // the request's version first: a refresh that lost the race changes nothing, the customer's insurance included
        if (!store.decide(company, request.id(), request.version(), decision, effect.outcome(), at)) {
            throw new ConflictException("cover request " + request.id() + " was updated meanwhile: read it again");
        }
        carryOut(company, account, request.plugin(), effect, decision, scope, actor);
        audit.record(new AuditEntry(company, InsuranceCovers.AUDIT_SUBJECT, account, "decided", "cover",
                request.state().name(), describe(decision), request.plugin() + " on cover " + request.coverReference()
                        + ": " + effect.outcome(), actor.value(), at));
        return store.find(company, request.id()).orElseThrow();
    }

    /** What the decision does to the customer's credit insurance as it stands. */
    private CoverEffect effectOf(String company, String account, String plugin, String currency,
                                 InsurerDecision decision, CustomerScope scope) {
        CreditProfileView.Insurance current = profiles.profile(company, account, clock.today(), scope).insurance();
        return CoverEffect.of(decision, plugin, currency, current == null ? null : current.insurer(),
                current == null ? null : current.policy());
    }

    private void carryOut(String company, String account, String plugin, CoverEffect effect, InsurerDecision decision,
                          CustomerScope scope, UserName actor) {
        String why = plugin + " decided cover " + decision.coverReference() + ": " + decision.state();
        switch (effect.kind()) {
            case SET -> profiles.putInsurance(company, account, null, effect.terms(), scope, actor, why);
            case REMOVE -> profiles.removeInsurance(company, account, scope, actor, why);
            default -> {
            }
        }
    }

    private static boolean sameAsHeld(CoverRequestView held, InsurerDecision decision) {
        return held.state() == decision.state() && Objects.equals(held.insuredLimit(), decision.insuredLimit())
                && same(held.coveragePercent(), decision.coveragePercent())
                && Objects.equals(held.validFrom(), decision.validFrom())
                && Objects.equals(held.validTo(), decision.validTo())
                && Objects.equals(held.conditions(), decision.conditions());
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String describe(InsurerDecision decision) {
        return decision.state() + (decision.insuredLimit() == null ? "" : " " + decision.insuredLimit())
                + (decision.validTo() == null ? "" : " until " + decision.validTo());
    }
}
