package org.dunwell.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.dunwell.client.ApiClient;
import org.dunwell.client.ApiException;
import org.dunwell.client.api.CollectionsApi;
import org.dunwell.client.api.CreditApi;
import org.dunwell.client.api.LedgerApi;
import org.dunwell.client.model.AgingJson;
import org.dunwell.client.model.AuditEntry;
import org.dunwell.client.model.BucketJson;
import org.dunwell.client.model.CheckInput;
import org.dunwell.client.model.CreditCheckDecision;
import org.dunwell.client.model.CreditCheckView;
import org.dunwell.client.model.DisputeInput;
import org.dunwell.client.model.DisputeView;
import org.dunwell.client.model.HoldDecision;
import org.dunwell.client.model.HoldStatus;
import org.dunwell.client.model.ImportSummary;
import org.dunwell.client.model.NewCompanyJson;
import org.dunwell.client.model.PromiseInput;
import org.dunwell.client.model.PromiseView;
import org.junit.jupiter.api.Test;

/**
 * The README's tour, step by step, through the Java client generated from the OpenAPI document
 * (modules/client): what an integrator writes, compiled against the published contract.
 */
class ReadmeTourClientIT {

    @Test
    void theTourRunsThroughTheGeneratedClient() throws ApiException {
        String company = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        LedgerApi admin = new LedgerApi(as("admin"));
        admin.companiesCreate(new NewCompanyJson().code(company).name("Client tour").accountingCurrency("USD"));

        LedgerApi erp = new LedgerApi(as("erp"));
        ImportSummary customers = erp.importsImportFile("customers",
                "account,name,currency,region,credit_limit\nC1,Acme Inc.,USD,NORTH,1000.00\n", company, null);
        assertThat(customers.getApplied()).isEqualTo(1);
        erp.importsImportFile("invoices", "document,account,document_date,due_date,currency,amount\n"
                + "INV-1,C1,2026-09-01,2026-10-01,USD,1000.00\nINV-2,C1,2026-10-01,2026-10-31,USD,250.50\n", company, null);
        erp.importsImportFile("payments", "document,account,date,currency,amount,applies_to\n"
                + "PAY-1,C1,2026-10-20,USD,400.00,INV-1\n", company, null);

        LedgerApi managersLedger = new LedgerApi(as("manager"));
        AgingJson aging = managersLedger.customersAging("C1", company, LocalDate.of(2026, 11, 22), null);
        assertThat(aging.getOpenBalance()).isEqualTo("850.50");
        assertThat(aging.getBuckets()).extracting(BucketJson::getName, BucketJson::getAmount)
                .contains(Tuple.tuple("31-60", "600.00"),
                        Tuple.tuple("1-30", "250.50"));

        CollectionsApi manager = new CollectionsApi(as("manager"));
        PromiseView promise = manager.promisesCreate(company, new PromiseInput().account("C1").amount("250.50")
                .promisedOn(LocalDate.now().plusDays(7)).documents(List.of("INV-2")));
        assertThat(promise.getDocuments()).containsExactly("INV-2");
        DisputeView dispute = manager.disputesOpen(company, new DisputeInput().document("INV-1").amount("100.00")
                .reasonCode("PRICE").explanation("10 % off agreed"));
        assertThat(dispute.getReasonCode()).isEqualTo("PRICE");
        assertThat(manager.collectionsHistoryHistory("C1", company, null, null).getItems())
                .extracting(AuditEntry::getAction).contains("promise-made", "dispute-opened");

        CreditApi erpCredit = new CreditApi(as("erp"));
        CreditCheckView check = erpCredit.creditChecksCheck(company, new CheckInput().account("C1").amount("300.00")
                .currency("USD").orderReference("SO-77"));
        assertThat(check.getDecision()).isEqualTo(CreditCheckDecision.BLOCKED);
        assertThat(check.getExposure()).isEqualTo("1150.50");

        CreditApi credit = new CreditApi(as("credit"));
        long hold = credit.creditHoldsHolds(company, null, null, null, null).getItems().get(0).getId();
        CreditCheckView released = credit.creditHoldsRelease(hold, company, null,
                new HoldDecision().reason("prepayment received"));
        assertThat(released.getResolutionNote()).isEqualTo("prepayment received");
        assertThat(erpCredit.creditChecksByOrder("SO-77", company).getHoldStatus()).isEqualTo(HoldStatus.RELEASED);

        // the contract's errors reach the integrator as the client's exception, with the problem's status
        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> erpCredit.creditChecksCheck(company, new CheckInput().account("NOPE").amount("1.00")
                        .currency("USD")));
        assertThat(refused.getCode()).isEqualTo(404);
        assertThat(refused.getResponseBody()).contains("\"status\":404");
    }

    /** A client of the test server signed in as a demo user. */
    private static ApiClient as(String user) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(HttpApi.BASE);
        String basic = Base64.getEncoder().encodeToString((user + ":" + user + "-pw")
                .getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + basic));
        return client;
    }
}
