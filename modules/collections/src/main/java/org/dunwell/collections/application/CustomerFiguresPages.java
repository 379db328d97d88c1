package org.dunwell.collections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dunwell.collections.api.AgingDefinitionView;
import org.dunwell.collections.api.CustomerFigures;
import org.dunwell.credit.api.CreditStanding;
import org.dunwell.credit.api.CreditStandings;
import org.dunwell.kernel.api.Money;
import org.dunwell.ledger.api.AgedCustomer;
import org.dunwell.ledger.api.AgingQueries;
import org.dunwell.ledger.api.CustomerAging;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.ExchangeRates;
import org.dunwell.ledger.api.Overdue;

/**
 * Customers' collections figures page by page: the ledger's aging page, the credit standings of
 * its customers and one exchange-rate lookup per currency, so each page costs a fixed number of
 * queries and memory stays flat however many customers there are.
 */
@ApplicationScoped
public class CustomerFiguresPages {

    private AgingQueries aging;
    private CreditStandings credit;
    private ExchangeRates rates;

    protected CustomerFiguresPages() {
    }

    @Inject
    public CustomerFiguresPages(AgingQueries aging, CreditStandings credit, ExchangeRates rates) {
        this.aging = aging;
        this.credit = credit;
        this.rates = rates;
    }

    /** A page of figures and the cursor of the next (null after the last). */
    public record FiguresPage(List<CustomerFigures> items, String next) {
    }

    public FiguresPage page(String company, String cursor, int size, LocalDate asOf, AgingDefinitionView definition,
                            CustomerScope scope) {
        AgingQueries.AgingPage page = aging.page(company, cursor, size, asOf, definition.basis(),
                definition.buckets(), scope);
        return new FiguresPage(figures(company, asOf, page.items()), page.next());
    }

    /** The figures of aged customers: their credit standings in two queries, one rate lookup per currency. */
    public List<CustomerFigures> figures(String company, LocalDate asOf, List<AgedCustomer> customers) {
        List<CreditStandings.Basis> bases = new ArrayList<>(customers.size());
        for (AgedCustomer c : customers) {
            Money balance = c.aging().openBalance();
            bases.add(new CreditStandings.Basis(c.aging().account(), balance,
                    c.masterCreditLimit() == null ? null : Money.of(c.masterCreditLimit(), balance.currency())));
        }
        List<CreditStanding> standings = credit.standings(company, bases, asOf);
        ExchangeRates.Conversion conversion = rates.conversionOn(company, asOf);
        List<CustomerFigures> items = new ArrayList<>(customers.size());
        for (int i = 0; i < customers.size(); i++) {
            items.add(figures(customers.get(i), standings.get(i), conversion));
        }
        return items;
    }

    static CustomerFigures figures(AgedCustomer c, CreditStanding standing, ExchangeRates.Conversion conversion) {
        CustomerAging a = c.aging();
        List<CustomerFigures.Bucket> buckets = new ArrayList<>(a.buckets().size());
        List<BigDecimal> amounts = new ArrayList<>(a.buckets().size());
        List<BigDecimal> disputedAmounts = new ArrayList<>(a.buckets().size());
        Money collectible = a.openBalance();
        for (int i = 0; i < a.buckets().size(); i++) {
            CustomerAging.Bucket b = a.buckets().get(i);
            Money disputed = c.disputedAmounts().get(i);
            buckets.add(new CustomerFigures.Bucket(b.name(), b.amount(), disputed, c.disputedCounts().get(i)));
            amounts.add(b.amount().amount());
            disputedAmounts.add(disputed.amount());
            collectible = collectible.minus(disputed);
        }
        // the one definition of the most-aged bucket; collections work on what is not disputed
        int mostAged = Overdue.mostAged(amounts, disputedAmounts);
        Money mostAgedUndisputed = mostAged < 0 ? null
                : a.buckets().get(mostAged).amount().minus(c.disputedAmounts().get(mostAged));
        Money mostAgedAmount = mostAged < 0 ? null : conversion.convert(mostAgedUndisputed).orElse(null);
        return new CustomerFigures(a.account(), a.name(), a.currency(), c.region(), c.group(), c.responsible(),
                a.asOf(), a.openBalance(), conversion.convert(a.openBalance()).orElse(null),
                conversion.convert(collectible).orElse(null), buckets,
                c.oldestOverdueDays(), standing.creditLimit(), standing.availableCredit(), standing.overLimit(),
                standing.riskScore(), standing.riskGroup(), standing.onHold(),
                mostAged < 0 ? null : a.buckets().get(mostAged).name(), mostAgedAmount);
    }
}
