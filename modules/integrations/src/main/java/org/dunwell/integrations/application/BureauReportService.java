package org.dunwell.integrations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.dunwell.integrations.api.BureauFinding;
import org.dunwell.integrations.api.BureauGateway;
import org.dunwell.integrations.api.BureauReportRequest;
import org.dunwell.integrations.api.BureauReportView;
import org.dunwell.integrations.api.BureauReports;
import org.dunwell.integrations.api.BureauSubject;
import org.dunwell.integrations.api.PluginConfigurations;
import org.dunwell.integrations.domain.BureauReportStore;
import org.dunwell.integrations.domain.BuyerIdentity;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerView;
import org.dunwell.ledger.api.Customers;

/**
 * Asks the company's enabled bureau plugin about a customer, outside any transaction (a slow bureau holds no lock
 * and no connection), then records the report and what it leads to in one ({@link BureauReportRecorder}).
 */
@ApplicationScoped
public class BureauReportService implements BureauReports {

    private Customers customers;
    private PluginConfigurations configurations;
    private BureauGateway bureaus;
    private BureauReportStore store;
    private BureauReportRecorder recorder;

    protected BureauReportService() {
    }

    @Inject
    public BureauReportService(Customers customers, PluginConfigurations configurations, BureauGateway bureaus,
                               BureauReportStore store, BureauReportRecorder recorder) {
        this.customers = customers;
        this.configurations = configurations;
        this.bureaus = bureaus;
        this.store = store;
        this.recorder = recorder;
    }

    @Override
    public BureauReportView request(String company, String account, BureauReportRequest request,
                                    CustomerScope scope, UserName actor) {
        CustomerView customer = customers.get(company, account, scope);
        BureauReportRequest given = request != null ? request : new BureauReportRequest(null, null);
        BuyerIdentity buyer = BuyerIdentity.of(given.registrationNumber(), given.country(), "report",
                store.latest(company, account).map(last -> new BuyerIdentity(last.registrationNumber(),
                        last.country())));
        String plugin = EnabledPlugins.first(bureaus.bureauPlugins(), configurations, company, "no-bureau-plugin",
                "credit bureau");
        Optional<BureauFinding> finding = bureaus.report(company, plugin,
                new BureauSubject(buyer.registrationNumber(), customer.name(), buyer.country()));
        return recorder.record(customer, plugin, buyer.registrationNumber(), buyer.country(), finding.orElse(null),
                scope, actor);
    }

    @Override
    public Page<BureauReportView> reports(String company, String account, CustomerScope scope, PageRequest page) {
        customers.get(company, account, scope);
        return store.list(company, account, page);
    }
}
