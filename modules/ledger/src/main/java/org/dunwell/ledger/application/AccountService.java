package org.dunwell.ledger.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.ledger.api.AccountQueries;
import org.dunwell.ledger.api.OpenAccount;
import org.dunwell.ledger.api.OpenItem;
import org.dunwell.ledger.api.Statement;
import org.dunwell.ledger.domain.LedgerStore;
import org.dunwell.ledger.domain.imports.CustomerRef;
import org.dunwell.ledger.infrastructure.jdbc.JdbcLedgerQueries;

/** Open items and statements of one customer as of a date. */
@ApplicationScoped
@Transactional
public class AccountService implements AccountQueries {

    private LedgerStore store;
    private JdbcLedgerQueries queries;

    protected AccountService() {
    }

    @Inject
    public AccountService(LedgerStore store, JdbcLedgerQueries queries) {
        this.store = store;
        this.queries = queries;
    }

    @Override
    public List<OpenItem> openItems(String company, String account, LocalDate asOf) {
        return queries.openItems(customer(company, account).id(), asOf);
    }

    @Override
    public Statement statement(String company, String account, LocalDate asOf) {
        CustomerRef customer = customer(company, account);
        List<OpenItem> items = queries.openItems(customer.id(), asOf);
        Money balance = Money.zero(Money.currency(customer.currency()));
        for (OpenItem item : items) {
            balance = item.kind().isDebit() ? balance.plus(item.openAmount()) : balance.minus(item.openAmount());
        }
        return new Statement(company, account, customer.currency(), asOf, balance, items,
                queries.settlements(customer.id(), asOf));
    }

    @Override
    public OpenAccount.Page openAccounts(String company, String after, int size, LocalDate asOf) {
        if (size < 1 || size > 1000) {
            throw new IllegalArgumentException("a page of 1 to 1000 accounts, not " + size);
        }
        return queries.openAccounts(company, after, size, asOf);
    }

    private CustomerRef customer(String company, String account) {
        return store.customerRefs(company, List.of(account)).values().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("customer", account));
    }
}
