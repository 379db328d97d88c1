package org.dunwell.server.credit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Currency;
import org.dunwell.credit.api.ApproverLevel;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerView;
import org.dunwell.ledger.api.Customers;
import org.dunwell.server.platform.Amounts;
import org.dunwell.server.platform.CompanyContext;
import org.dunwell.server.platform.ETags;
import org.dunwell.server.security.Caller;
import org.dunwell.server.security.CustomerVisibility;

/** What the credit resources share: the company, visible customers, amounts, dates, approver levels. */
@RequestScoped
public class CreditApi {

    @Inject
    CompanyContext companies;

    @Inject
    Customers customers;

    @Inject
    CustomerVisibility visibility;

    @Inject
    Caller caller;

    @Inject
    BusinessClock clock;

    String company(String given) {
        return companies.resolve(given);
    }

    /** The customer, if the caller's scope sees it; otherwise not found. */
    CustomerView customer(String company, String account) {
        return customers.get(company, account, visibility.scope());
    }

    /** The customers the caller sees. */
    CustomerScope scope() {
        return visibility.scope();
    }

    LocalDate asOf(String value) {
        LocalDate date = Amounts.date("asOf", value);
        return date != null ? date : clock.today();
    }

    static Money money(String field, String amount, String currency) {
        if (amount == null) {
            throw InvalidInputException.ofField(field, "is required");
        }
        if (currency == null || currency.isBlank()) {
            throw InvalidInputException.ofField("currency", "is required");
        }
        Currency c;
        try {
            c = Money.currency(currency.trim());
        } catch (RuntimeException e) {
            throw InvalidInputException.ofField("currency", "'" + currency + "' is not an ISO 4217 currency");
        }
        return Money.of(Amounts.parse(field, amount), c);
    }

    /** The caller's approval level; 403 for a role that approves nothing. */
    ApproverLevel approverLevel() {
        return caller.approverLevel("credit limit requests");
    }

    static Long optionalVersion(String ifMatch) {
        return ETags.optionalVersion(ifMatch);
    }

    Caller caller() {
        return caller;
    }
}
