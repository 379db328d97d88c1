package org.dunwell.integrations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.dunwell.integrations.api.BureauFinding;
import org.dunwell.integrations.api.BureauGateway;
import org.dunwell.integrations.api.BureauReportRequest;
import org.dunwell.integrations.api.BureauReportView;
import org.dunwell.integrations.api.BureauReports;
import org.dunwell.integrations.api.BureauSubject;
import org.dunwell.integrations.api.PluginConfigurations;
import org.dunwell.integrations.domain.BureauReportStore;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.RuleViolationException;
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
        Optional<BureauReportView> last = store.latest(company, account);
        BureauReportRequest given = request != null ? request : new BureauReportRequest(null, null);
        String registration = blankToNull(given.registrationNumber());
        if (registration == null) {
            registration = last.map(BureauReportView::registrationNumber).orElse(null);
        }
        String country = blankToNull(given.country());
        if (country == null) {
            country = last.map(BureauReportView::country).orElseThrow(() -> InvalidInputException.ofField("country",
                    "is required for the customer's first report (ISO 3166-1 alpha-2, e.g. DE)"));
        }
        country = country.toUpperCase(Locale.ROOT);
        if (!country.matches("[A-Z]{2}")) {
            throw InvalidInputException.ofField("country", "is not an ISO 3166-1 alpha-2 code: " + given.country());
        }
        if (registration != null && registration.length() > 64) {
            throw InvalidInputException.ofField("registrationNumber", "is longer than 64 characters");
        }
        String plugin = bureauOf(company);
        Optional<BureauFinding> finding = bureaus.report(company, plugin,
                new BureauSubject(registration, customer.name(), country));
        return recorder.record(customer, plugin, registration, country, finding.orElse(null), scope, actor);
    }

    @Override
    public Page<BureauReportView> reports(String company, String account, CustomerScope scope, PageRequest page) {
        customers.get(company, account, scope);
        return store.list(company, account, page);
    }

    /** The first (by id) started bureau plugin that is enabled in the company. */
    private String bureauOf(String company) {
        return bureaus.bureauPlugins().stream().sorted()
                .filter(plugin -> configurations.enabled(company, plugin).isPresent()).findFirst()
                .orElseThrow(() -> new RuleViolationException("no-bureau-plugin", "no credit bureau plugin is enabled"
                        + " for company " + company + ": an administrator enables one under /plugins"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
